import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from '../logger.js'

export interface RouteRequest {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  /** The request body (empty for GET); bodies over the route's limit are refused before this. */
  body: Buffer
  /** The peer's address, for routes that only loopback may call. */
  remoteAddress: string | undefined
}

export interface RouteResponse {
  status: number
  body?: string | Buffer
  contentType?: string
  /** Further headers (a cookie, a redirect's location, a download's Content-Disposition, caching). */
  headers?: Record<string, string>
}

export interface Route {
  method: 'GET' | 'POST'
  path: string
  /** Largest accepted body in bytes (POST; default 1 MiB). */
  maxBodyBytes?: number
  handle(request: RouteRequest): Promise<RouteResponse>
}

const DEFAULT_MAX_BODY = 1024 * 1024

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    throw new BodyTooLargeError()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) {
      throw new BodyTooLargeError()
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export const text = (status: number, body: string, contentType = 'text/plain; charset=utf-8'): RouteResponse => ({
  status,
  body,
  contentType,
})
export const json = (status: number, value: unknown): RouteResponse => text(status, JSON.stringify(value), 'application/json')

/**
 * A small HTTP server on Node's own `http`: exact-path routes (listed in one place, routes.ts), a
 * body limit per route, 404/405 for the rest, and a close that waits for requests in progress.
 */
export function createHttpServer(options: { routes: Route[]; logger: Logger }) {
  const { logger } = options
  const byPath = new Map<string, Route[]>()
  for (const route of options.routes) {
    const list = byPath.get(route.path) ?? []
    if (list.some((r) => r.method === route.method)) {
      throw new Error(`duplicate route ${route.method} ${route.path}`)
    }
    list.push(route)
    byPath.set(route.path, list)
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const candidates = byPath.get(url.pathname)
    const send = (response: RouteResponse) => {
      res.writeHead(response.status, { ...response.headers, ...(response.contentType ? { 'content-type': response.contentType } : {}) })
      res.end(response.body)
    }
    if (!candidates) {
      send(text(404, 'not found'))
      return
    }
    const route = candidates.find((r) => r.method === req.method || (r.method === 'GET' && req.method === 'HEAD'))
    if (!route) {
      res.setHeader('allow', candidates.map((r) => r.method).join(', '))
      send(text(405, 'method not allowed'))
      return
    }
    let body: Buffer = Buffer.alloc(0)
    if (route.method === 'POST') {
      try {
        body = await readBody(req, route.maxBodyBytes ?? DEFAULT_MAX_BODY)
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          res.setHeader('connection', 'close')
          send(text(413, 'body too large'))
          return
        }
        throw error
      }
    }
    send(await route.handle({ method: req.method ?? 'GET', url, headers: req.headers, body, remoteAddress: req.socket.remoteAddress }))
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      logger.error({ err: error, path: req.url }, 'HTTP handler failed')
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      }
      res.end('internal error')
    })
  })
  // Keep-alive connections from a load balancer must not hold a shutdown open for long.
  server.keepAliveTimeout = 5_000

  return {
    /** Listens; resolves with the bound port (useful with port 0). */
    listen(port: number, host = '0.0.0.0'): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          resolve((server.address() as AddressInfo).port)
        })
      })
    },
    /** Stops accepting connections and waits for requests in progress to be answered. */
    close(): Promise<void> {
      return new Promise((resolve) => {
        if (!server.listening) {
          resolve()
          return
        }
        server.close(() => resolve())
        server.closeIdleConnections()
      })
    },
  }
}
export type HttpServer = ReturnType<typeof createHttpServer>

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { get_dmmf } from '@prisma/prisma-schema-wasm'
import type { SqlRunner } from '../../src/db/sql.js'

interface DmmfField {
  name: string
  dbName?: string | null
  kind: 'scalar' | 'enum' | 'object' | 'unsupported'
  type: string
  nativeType?: [string, string[]] | null
  isRequired: boolean
  isList: boolean
  isId: boolean
  isUnique: boolean
}
interface DmmfModel {
  name: string
  dbName: string | null
  fields: DmmfField[]
  primaryKey: { fields: string[] } | null
  uniqueFields: string[][]
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[]
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[]
    indexes: { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[] }[]
  }
}

export const SCHEMA_PATH = join(import.meta.dirname, '..', '..', 'prisma', 'schema.prisma')

export function readDmmf(schema = readFileSync(SCHEMA_PATH, 'utf8')): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as Dmmf
}

const SCALAR_UDT: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Boolean: 'bool',
  Float: 'float8',
  Decimal: 'numeric',
  Json: 'jsonb',
  Bytes: 'bytea',
  DateTime: 'timestamp',
}
const NATIVE_UDT: Record<string, string> = {
  Timestamptz: 'timestamptz',
  Timestamp: 'timestamp',
  Date: 'date',
  VarChar: 'varchar',
  Text: 'text',
  Uuid: 'uuid',
  SmallInt: 'int2',
  JsonB: 'jsonb',
}

function expectedUdt(field: DmmfField): string {
  if (field.kind === 'enum') {
    return field.type
  }
  const native = field.nativeType?.[0]
  return (native && NATIVE_UDT[native]) ?? SCALAR_UDT[field.type] ?? `?${field.type}`
}

/**
 * Differences between the Prisma schema and a migrated database: tables, columns, types,
 * nullability, enum values and unique constraints. An empty list means they agree.
 */
export async function findDrift(sql: SqlRunner, dmmf: Dmmf = readDmmf()): Promise<string[]> {
  const problems: string[] = []
  const columns = await sql.query<{
    table_name: string
    column_name: string
    udt_name: string
    is_nullable: string
    datetime_precision: number | null
  }>(
    `SELECT table_name, column_name, udt_name, is_nullable, datetime_precision
       FROM information_schema.columns WHERE table_schema = current_schema()`,
  )
  const byTable = new Map<string, Map<string, (typeof columns)[number]>>()
  for (const column of columns) {
    const table = byTable.get(column.table_name) ?? new Map<string, (typeof columns)[number]>()
    table.set(column.column_name, column)
    byTable.set(column.table_name, table)
  }
  const uniqueRows = await sql.query<{ table_name: string; columns: string }>(
    `SELECT t.relname AS table_name,
            string_agg(a.attname, ',' ORDER BY array_position(i.indkey, a.attnum)) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
      WHERE i.indisunique AND i.indpred IS NULL
      GROUP BY t.relname, i.indexrelid`,
  )
  const enumRows = await sql.query<{ typname: string; labels: string }>(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
      GROUP BY t.typname`,
  )

  const modelTables = new Set<string>()
  for (const model of dmmf.datamodel.models) {
    const tableName = model.dbName ?? model.name
    modelTables.add(tableName)
    const table = byTable.get(tableName)
    if (!table) {
      problems.push(`table ${tableName} (model ${model.name}) is missing`)
      continue
    }
    const fieldColumns = new Map<string, string>()
    for (const field of model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum')) {
      const columnName = field.dbName ?? field.name
      fieldColumns.set(field.name, columnName)
      const column = table.get(columnName)
      if (!column) {
        problems.push(`column ${tableName}.${columnName} (${model.name}.${field.name}) is missing`)
        continue
      }
      const udt = expectedUdt(field)
      const actualUdt = field.isList ? column.udt_name.replace(/^_/, '') : column.udt_name
      if (actualUdt !== udt || (field.isList && !column.udt_name.startsWith('_'))) {
        problems.push(`column ${tableName}.${columnName} has type ${column.udt_name}, schema says ${field.isList ? `${udt}[]` : udt}`)
      }
      const precision = field.nativeType?.[1]?.[0]
      if (precision !== undefined && column.datetime_precision !== Number(precision)) {
        problems.push(`column ${tableName}.${columnName} has precision ${column.datetime_precision}, schema says ${precision}`)
      }
      const nullable = column.is_nullable === 'YES'
      if (nullable === field.isRequired) {
        problems.push(
          `column ${tableName}.${columnName} is ${nullable ? 'nullable' : 'NOT NULL'}, ` +
            `schema says ${field.isRequired ? 'required' : 'optional'}`,
        )
      }
    }
    for (const columnName of table.keys()) {
      if (![...fieldColumns.values()].includes(columnName)) {
        problems.push(`column ${tableName}.${columnName} is not in the schema`)
      }
    }
    const toColumns = (names: string[]) => names.map((n) => fieldColumns.get(n) ?? n).join(',')
    const expectedUnique = new Set<string>()
    const idFields = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name)
    expectedUnique.add(toColumns(idFields))
    for (const field of model.fields.filter((f) => f.isUnique)) {
      expectedUnique.add(toColumns([field.name]))
    }
    for (const fields of model.uniqueFields) {
      expectedUnique.add(toColumns(fields))
    }
    const actualUnique = new Set(uniqueRows.filter((row) => row.table_name === tableName).map((row) => row.columns))
    for (const unique of expectedUnique) {
      if (!actualUnique.has(unique)) {
        problems.push(`unique constraint on ${tableName}(${unique}) is missing`)
      }
    }
    for (const unique of actualUnique) {
      if (!expectedUnique.has(unique)) {
        problems.push(`unique constraint on ${tableName}(${unique}) is not in the schema`)
      }
    }
  }
  for (const tableName of byTable.keys()) {
    if (!modelTables.has(tableName) && tableName !== '_prisma_migrations') {
      problems.push(`table ${tableName} is not in the schema`)
    }
  }
  const enums = new Map(enumRows.map((row) => [row.typname, row.labels]))
  for (const enumType of dmmf.datamodel.enums) {
    const name = enumType.dbName ?? enumType.name
    const expected = enumType.values.map((v) => v.dbName ?? v.name).join(',')
    if (!enums.has(name)) {
      problems.push(`enum ${name} is missing`)
    } else if (enums.get(name) !== expected) {
      problems.push(`enum ${name} has values ${enums.get(name)}, schema says ${expected}`)
    }
  }
  return problems
}

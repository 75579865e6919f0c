import type { Committee, Repositories, SessionWithDetails } from '../db/repositories/index.js'
import { UserError } from './errors.js'

// The look-ups every service of a committee starts with, refused in the user's words when missing.

/** The committee, or a refusal: a committee that is not there is one the person is not a member of. */
export async function requireCommittee(repos: Pick<Repositories, 'committees'>, committeeId: number): Promise<Committee> {
  const committee = await repos.committees.findById(committeeId)
  if (!committee) {
    throw new UserError('error-not-member')
  }
  return committee
}

/** A session by its number in the committee, or "no session with that number". */
export async function requireSessionByNumber(
  repos: Pick<Repositories, 'sessions'>,
  committeeId: number,
  number: number,
): Promise<SessionWithDetails> {
  const session = await repos.sessions.findByNumber(committeeId, number)
  if (!session) {
    throw new UserError('session-error-unknown-number', { number })
  }
  return session
}

import { UserError } from '../errors.js'
import { foldVietnamese } from '../text.js'

/**
 * The fields (lĩnh vực) a question or opinion is filed under, as codes; the words are Fluent keys
 * `field-<code>`. A field typed in other words is kept as typed.
 */
export const FIELD_CODES = ['land', 'economy', 'infrastructure', 'social', 'policy', 'party', 'security', 'admin', 'other'] as const
export type FieldCode = (typeof FIELD_CODES)[number]

/** Words that file a typed field under a code ("đất đai" → land). */
const CUES: [RegExp, FieldCode][] = [
  [/dat dai|tai nguyen|khoang san|moi truong|giai phong mat bang|den bu/, 'land'],
  [/kinh te|nong nghiep|thuong mai|dich vu|san xuat/, 'economy'],
  [/xay dung co ban|giao thong|ha tang|duong|cau|thuy loi/, 'infrastructure'],
  [/van hoa|xa hoi|y te|giao duc|hoc/, 'social'],
  [/chinh sach|che do|an sinh|bao hiem|tro cap|nguoi co cong|cuu chien binh/, 'policy'],
  [/dang|chinh quyen|can bo|dang vien|to chuc/, 'party'],
  [/quoc phong|an ninh|trat tu/, 'security'],
  [/thu tuc|hanh chinh|giay to/, 'admin'],
]

export function isFieldCode(value: string): value is FieldCode {
  return (FIELD_CODES as readonly string[]).includes(value)
}

/** A field typed by a person: a code when the words name one, else the words themselves. */
export function readField(text: string): string {
  // "7" is a choice's number or nothing: a field is named in words.
  if (!/\p{L}/u.test(text)) {
    throw new UserError('field-error-words')
  }
  const folded = foldVietnamese(text)
  if (isFieldCode(folded)) {
    return folded
  }
  return CUES.find(([cue]) => cue.test(folded))?.[1] ?? text.replace(/\s+/g, ' ').trim().slice(0, 80)
}

/** The words of a field in the reader's language. */
export function fieldLabel(t: (key: string) => string, field: string | null): string {
  if (!field) {
    return t('field-none')
  }
  return isFieldCode(field) ? t(`field-${field}`) : field
}

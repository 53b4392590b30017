import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import type { ColumnField } from '../model/types'
import { csvCell, csvLine, csvNote, csvRow } from './csv-cells'

const text: ColumnField = { kind: 'scalar', type: 'String', name: 'moniker', column: 'moniker', nullable: true }
const amount: ColumnField = { kind: 'scalar', type: 'BigInt', name: 'amount', column: 'amount', nullable: false }
const height: ColumnField = { kind: 'scalar', type: 'Int', name: 'height', column: 'height', nullable: false }

test('chain strings a spreadsheet would run as a formula get a leading quote and are quoted (OWASP)', () => {
  for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3+cmd|/C calc!A0', '@SUM(A1)', '\tcmd', '\rcmd']) {
    const cell = csvCell(text, evil)
    assert.equal(cell.text, `'${evil}`, JSON.stringify(evil))
    assert.equal(cell.forceQuote, true)
    // a CSV reader gets the value back with only the quote added
    const [[read]] = parse(csvLine([cell])) as string[][]
    assert.equal(read, `'${evil}`)
  }
})

test('ordinary strings and numbers are left as they are; a negative number stays a number', () => {
  assert.deepEqual(csvCell(text, 'validator-1'), { text: 'validator-1', forceQuote: false })
  assert.deepEqual(csvCell(amount, '-5'), { text: '-5', forceQuote: false })
  assert.deepEqual(csvCell(height, -7), { text: '-7', forceQuote: false })
  assert.equal(csvRow([text, amount], { moniker: 'a,b "c"', amount: '10' }), '"a,b ""c""",10\n')
})

test('dates, bytes, nulls and objects have one text form each', () => {
  assert.equal(csvCell(text, new Date(Date.UTC(2026, 1, 3))).text, '2026-02-03T00:00:00.000Z')
  assert.equal(csvCell(text, Buffer.from([0xab, 0x01])).text, '0xab01')
  assert.equal(csvCell(text, null).text, '')
  assert.equal(csvCell(text, { a: 1 }).text, '{"a":1}')
})

test('a cell starting with # is quoted, so it is never taken for a note line', () => {
  const line = csvRow([text], { moniker: '# not a note' })
  assert.equal(line, '"# not a note"\n')
  assert.deepEqual(parse(`moniker\n${line}${csvNote('end: 1 row')}`, { columns: true, comment: '#' }), [{ moniker: '# not a note' }])
})

test('a note is one line whatever its text holds', () => {
  assert.equal(csvNote('a\nb\r\nc'), '# a b c\n')
})

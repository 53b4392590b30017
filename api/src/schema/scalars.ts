import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql'
import { decimalProblem, parseDateTime } from '../sql/input-checks'

/** Scalars are parsed strictly so a malformed filter is a clear 400, never a database error. */

const INTEGER = /^-?\d+$/
const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/
const HEX = /^0x([0-9a-fA-F]{2})*$/
// ISO 8601: a date, or a date and time with an optional zone
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

function literal(ast: ValueNode, name: string): string {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value
  throw new GraphQLError(`${name} must be given as a string`)
}

function stringScalar(name: string, description: string, check: (value: string) => string, serialize: (value: unknown) => string): GraphQLScalarType {
  const parse = (value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) return check(String(value))
    if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string, got ${typeof value}`)
    return check(value)
  }
  return new GraphQLScalarType({ name, description, serialize, parseValue: parse, parseLiteral: (ast) => parse(literal(ast, name)) })
}

export const BigIntScalar = stringScalar(
  'BigInt',
  'An integer of any size, as a decimal string (token amounts are in the smallest unit: OPG wei)',
  (v) => {
    if (!INTEGER.test(v)) throw new GraphQLError(`BigInt must be an integer in decimal digits, got "${v.slice(0, 80)}"`)
    const problem = decimalProblem(v)
    if (problem) throw new GraphQLError(`BigInt ${problem}`)
    return v
  },
  (v) => (typeof v === 'bigint' ? v.toString() : String(v)),
)

export const BigDecimalScalar = stringScalar(
  'BigDecimal',
  'A decimal number of any precision, as a string (USD values, prices, rates)',
  (v) => {
    if (!DECIMAL.test(v)) throw new GraphQLError(`BigDecimal must be a decimal number, got "${v.slice(0, 80)}"`)
    const problem = decimalProblem(v)
    if (problem) throw new GraphQLError(`BigDecimal ${problem}`)
    return v
  },
  (v) => String(v),
)

export const DateTimeScalar = stringScalar(
  'DateTime',
  'A point in time as an ISO 8601 string in UTC, e.g. 2026-05-01T00:00:00.000Z (inputs may be a bare date)',
  (v) => {
    const parsed = ISO_DATE_TIME.test(v) ? parseDateTime(v) : { problem: 'must be an ISO 8601 date or date-time' }
    if ('problem' in parsed) throw new GraphQLError(`DateTime ${parsed.problem}, got "${v.slice(0, 80)}"`)
    return parsed.date.toISOString()
  },
  (v) => (v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v))).toISOString(),
)

export const BytesScalar = stringScalar(
  'Bytes',
  'Binary data as 0x-prefixed lowercase hex',
  (v) => {
    if (!HEX.test(v)) throw new GraphQLError(`Bytes must be 0x-prefixed hex with an even number of digits`)
    return v.toLowerCase()
  },
  (v) => (Buffer.isBuffer(v) ? `0x${v.toString('hex')}` : String(v).toLowerCase()),
)

export const JSONScalar = new GraphQLScalarType({ name: 'JSON', description: 'Any JSON value' })

export const scalarResolvers = { BigInt: BigIntScalar, BigDecimal: BigDecimalScalar, DateTime: DateTimeScalar, Bytes: BytesScalar, JSON: JSONScalar }

export const scalarTypeDefs = Object.keys(scalarResolvers)
  .map((name) => `scalar ${name}`)
  .join('\n')

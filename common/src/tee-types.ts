/**
 * The TEE registry's node types, named as the registry's tooling names them (docs/sources.md#31-addresses-og-devnet-chain-10740,
 * "TEE types"). The registry can add types later (TEETypeAdded); an unknown type is shown by its number.
 */
export const TEE_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'LLM proxy',
  1: 'Validator',
}

/** "LLM proxy (type 0)", or "type 7" for a type added after this list */
export function teeTypeName(type: number | null | undefined): string {
  if (type == null) return 'unknown type'
  const name = TEE_TYPE_NAMES[type]
  return name ? `${name} (type ${type})` : `type ${type}`
}

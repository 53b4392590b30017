/**
 * A GraphQL document as the string that is sent, carrying (in its type only) the answer and the
 * variables GraphQL Code Generator derived for it from the API's printed schema. `useGql` reads
 * both from the document, so a query, its variables and the code that reads its answer cannot
 * drift apart without a type error.
 */
export type Document<TData, TVariables> = string & { readonly __operation?: (variables: TVariables) => TData }

/** Tags a document's text with its generated types (`<NameQuery, NameQueryVariables>` from generated/graphql). */
export function typed<TData, TVariables>(text: string): Document<TData, TVariables> {
  return text as Document<TData, TVariables>
}

export type DataOf<D> = D extends Document<infer TData, unknown> ? TData : never

export default function EventDetail({ kind }: { kind: string }) {
  return <h1>{kind}</h1>
}

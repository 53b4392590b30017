export default function Token() {
  return <h1>Token</h1>
}

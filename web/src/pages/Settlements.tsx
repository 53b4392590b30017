export default function Settlements() {
  return <h1>Settlements</h1>
}

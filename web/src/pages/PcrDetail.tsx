export default function PcrDetail() {
  return <h1>PcrDetail</h1>
}

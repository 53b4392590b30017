export default function TeeNodes() {
  return <h1>TeeNodes</h1>
}

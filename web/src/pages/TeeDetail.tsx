export default function TeeDetail() {
  return <h1>TeeDetail</h1>
}

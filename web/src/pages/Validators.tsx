export default function Validators() {
  return <h1>Validators</h1>
}

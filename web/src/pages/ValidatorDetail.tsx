export default function ValidatorDetail() {
  return <h1>ValidatorDetail</h1>
}

export default function InferenceDetail() {
  return <h1>InferenceDetail</h1>
}

export default function SettlementDetail() {
  return <h1>SettlementDetail</h1>
}

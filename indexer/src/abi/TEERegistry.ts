import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    AWSCertificateUpdated: event("0x378c4547bd8b346276ae1db9e298d984a43bd8788ad795e7a141ba069045f4cb", "AWSCertificateUpdated(bytes32)", {"certHash": indexed(p.bytes32)}),
    HeartbeatReceived: event("0x3cf0bf7708060bf073b6ddb921eef0485b3eb9da828e0ed751fa6582ef337f57", "HeartbeatReceived(bytes32,uint256)", {"teeId": indexed(p.bytes32), "timestamp": p.uint256}),
    PCRApproved: event("0x98c6d69cba0181c4e436357d22ac56e02ec472c03f04df0fbf89d1bb614af2fe", "PCRApproved(bytes32,uint8,string)", {"pcrHash": indexed(p.bytes32), "teeType": indexed(p.uint8), "version": p.string}),
    'PCRRevoked(bytes32 indexed,uint8 indexed)': event("0xd5a6741f8bbaee4cc3ea05953ea04c6a1863ce4c66a52da653dd0a315f84c2fb", "PCRRevoked(bytes32,uint8)", {"pcrHash": indexed(p.bytes32), "teeType": indexed(p.uint8)}),
    'PCRRevoked(bytes32 indexed)': event("0x021cbdaf8e2ddc626ca016468398743e833c1d67b00106b10077757586679a20", "PCRRevoked(bytes32)", {"pcrHash": indexed(p.bytes32)}),
    TEEDisabled: event("0x01c235337ed5406ee8cebb3f299d60f237a2837430f8a14fbc81f94ce50236b6", "TEEDisabled(bytes32)", {"teeId": indexed(p.bytes32)}),
    TEEEnabled: event("0xcfe7e61b35fbf35c6b0d5c7ebe6feb619ab832dc476c4a02dbdc041fb92b5ca6", "TEEEnabled(bytes32)", {"teeId": indexed(p.bytes32)}),
    TEERegistered: event("0x97d0af70a4d2c616e9c1093d5f57c8b31b3a7d824f1d335e5d5416402ec14931", "TEERegistered(bytes32,address,uint8)", {"teeId": indexed(p.bytes32), "owner": indexed(p.address), "teeType": p.uint8}),
    TEETypeAdded: event("0xed0161664cf318441e585cccad9fa9fc770298b648a49635dda84ac6f0adc908", "TEETypeAdded(uint8,string)", {"typeId": indexed(p.uint8), "name": p.string}),
}

export const functions = {
    getTEE: viewFun("0x418b207d", "getTEE(bytes32)", {"teeId": p.bytes32}, p.struct({"owner": p.address, "paymentAddress": p.address, "endpoint": p.string, "publicKey": p.bytes, "tlsCertificate": p.bytes, "pcrHash": p.bytes32, "teeType": p.uint8, "enabled": p.bool, "registeredAt": p.uint256, "lastHeartbeatAt": p.uint256})),
    heartbeatMaxAge: viewFun("0x87267aca", "heartbeatMaxAge()", {}, p.uint256),
    registerTEEWithAttestation: fun("0x15c9bdb4", "registerTEEWithAttestation(bytes,bytes,bytes,address,string,uint8)", {"attestationDocument": p.bytes, "signingPublicKey": p.bytes, "tlsCertificate": p.bytes, "paymentAddress": p.address, "endpoint": p.string, "teeType": p.uint8}, p.bytes32),
}

export class Contract extends ContractBase {

    getTEE(teeId: GetTEEParams["teeId"]) {
        return this.eth_call(functions.getTEE, {teeId})
    }

    heartbeatMaxAge() {
        return this.eth_call(functions.heartbeatMaxAge, {})
    }
}

/// Event types
export type AWSCertificateUpdatedEventArgs = EParams<typeof events.AWSCertificateUpdated>
export type HeartbeatReceivedEventArgs = EParams<typeof events.HeartbeatReceived>
export type PCRApprovedEventArgs = EParams<typeof events.PCRApproved>
export type PCRRevokedEventArgs_0 = EParams<typeof events['PCRRevoked(bytes32 indexed,uint8 indexed)']>
export type PCRRevokedEventArgs_1 = EParams<typeof events['PCRRevoked(bytes32 indexed)']>
export type TEEDisabledEventArgs = EParams<typeof events.TEEDisabled>
export type TEEEnabledEventArgs = EParams<typeof events.TEEEnabled>
export type TEERegisteredEventArgs = EParams<typeof events.TEERegistered>
export type TEETypeAddedEventArgs = EParams<typeof events.TEETypeAdded>

/// Function types
export type GetTEEParams = FunctionArguments<typeof functions.getTEE>
export type GetTEEReturn = FunctionReturn<typeof functions.getTEE>

export type HeartbeatMaxAgeParams = FunctionArguments<typeof functions.heartbeatMaxAge>
export type HeartbeatMaxAgeReturn = FunctionReturn<typeof functions.heartbeatMaxAge>

export type RegisterTEEWithAttestationParams = FunctionArguments<typeof functions.registerTEEWithAttestation>
export type RegisterTEEWithAttestationReturn = FunctionReturn<typeof functions.registerTEEWithAttestation>


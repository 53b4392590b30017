// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title InferenceSettlementRelay (devnet)
/// @notice Devnet copy of og-evm `contracts/solidity/InferenceSettlementRelay.sol`: the relay the
///         facilitator uses to put inference settlements on the OG chain. Events, function
///         signatures and the role are byte-for-byte those of the real contract.
/// @dev Differences from the real contract:
///        - the constructor takes the admin explicitly (the real one uses msg.sender and also takes
///          the TEEInferenceVerifier address);
///        - `settleIndividual` does NOT verify the TEE signature. On the real chain it calls
///          `TEEInferenceVerifier.verifySignature`, which checks RSA-PSS through the 0x900 precompile
///          and a timestamp window of [now - 1h, now + 5 min]. The devnet has no RSA precompile, so
///          any bytes are accepted here; the off-chain verifier must catch bad signatures.
contract InferenceSettlementRelay is AccessControl {
    /// @notice Role allowed to relay settlements.
    bytes32 public constant SETTLEMENT_RELAY_ROLE = keccak256("SETTLEMENT_RELAY_ROLE");

    /// @notice A batch of settlements, committed as a Merkle root; the tree dump is on Walrus.
    event BatchSettlement(bytes32 indexed merkleRoot, uint256 batchSize, bytes walrusBlobId);

    /// @notice One settlement signed by a TEE.
    event IndividualSettlement(
        bytes32 indexed teeId,
        address indexed ethAddress,
        bytes32 inputHash,
        bytes32 outputHash,
        uint256 timestamp,
        bytes walrusBlobId,
        bytes signature
    );

    /// @param admin receives DEFAULT_ADMIN_ROLE and SETTLEMENT_RELAY_ROLE
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(SETTLEMENT_RELAY_ROLE, admin);
    }

    /// @notice Relays a batch settlement (selector 0x1b243ae6).
    function batchSettle(bytes32 _merkleRoot, uint256 _batchSize, bytes calldata _walrusBlobId)
        external
        onlyRole(SETTLEMENT_RELAY_ROLE)
    {
        emit BatchSettlement(_merkleRoot, _batchSize, _walrusBlobId);
    }

    /// @notice Relays an individual settlement (selector 0x90480ad1).
    /// @dev Devnet: the TEE signature is NOT verified (no RSA-PSS precompile on the devnet); the
    ///      real relay reverts with "Invalid signature" when TEEInferenceVerifier rejects it.
    function settleIndividual(
        bytes32 _teeId,
        bytes32 _inputHash,
        bytes32 _outputHash,
        uint256 _timestamp,
        address _ethAddress,
        bytes calldata _walrusBlobId,
        bytes calldata _signature
    ) external onlyRole(SETTLEMENT_RELAY_ROLE) {
        emit IndividualSettlement(_teeId, _ethAddress, _inputHash, _outputHash, _timestamp, _walrusBlobId, _signature);
    }

    /// @notice Verifies a Merkle inclusion proof (OpenZeppelin MerkleProof, sorted pairs) (selector 0x4bc935d7).
    function verifyProof(bytes32[] calldata _proof, bytes32 _root, bytes32 _leaf) external pure returns (bool) {
        return MerkleProof.verify(_proof, _root, _leaf);
    }
}

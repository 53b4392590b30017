// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title LegacySettlementRelay (devnet)
/// @notice Devnet copy of the v0 facilitator relay (inference-facilitator `contracts/settlement.sol`
///         @ 7557315, Dec 2025). Like the real v0 it has no access control: anyone can settle.
contract LegacySettlementRelay {
    event Settlement(bytes32 indexed inputHash, bytes32 indexed outputHash);
    event BatchSettlement(bytes32 indexed merkleRoot, uint256 batchSize);
    event SettlementWithMetadata(
        bytes32 indexed inputHash, bytes32 indexed outputHash, string modelInfo, bytes inputData, bytes outputData
    );

    /// @notice selector 0xd32a9cd9
    function settle(bytes32 inputHash, bytes32 outputHash) external {
        emit Settlement(inputHash, outputHash);
    }

    /// @notice selector 0x609580f6
    function batchSettle(bytes32 merkleRoot, uint256 batchSize) external {
        emit BatchSettlement(merkleRoot, batchSize);
    }

    /// @notice selector 0xa1ccc828
    function settleWithMetadata(
        bytes32 inputHash,
        bytes32 outputHash,
        string calldata modelInfo,
        bytes calldata inputData,
        bytes calldata outputData
    ) external {
        emit SettlementWithMetadata(inputHash, outputHash, modelInfo, inputData, outputData);
    }
}

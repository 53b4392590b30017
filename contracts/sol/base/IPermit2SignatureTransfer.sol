// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IPermit2SignatureTransfer
/// @notice The SignatureTransfer half of Uniswap Permit2, with the real struct shapes and function
///         signatures of Uniswap/permit2 `src/interfaces/ISignatureTransfer.sol` (interface `ISignatureTransfer`).
/// @dev Renamed only to avoid a generic file-level name in this monorepo; ABI types, selectors and errors are
///      identical to the real interface (struct names affect only `internalType` in the ABI JSON).
///      The batch variants and `invalidateUnorderedNonces` are not part of the devnet stand-in.
interface IPermit2SignatureTransfer {
    /// @notice Thrown when the requested amount for a transfer is larger than the permissioned amount
    error InvalidAmount(uint256 maxAmount);

    /// @notice The token and amount details for a transfer signed in the permit transfer signature
    struct TokenPermissions {
        address token;
        uint256 amount;
    }

    /// @notice The signed permit message for a single token transfer
    struct PermitTransferFrom {
        TokenPermissions permitted;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice Specifies the recipient address and amount for transfers
    struct SignatureTransferDetails {
        address to;
        uint256 requestedAmount;
    }

    /// @notice owner => word position => bitmap of used unordered nonces
    function nonceBitmap(address, uint256) external view returns (uint256);

    /// @notice Transfers a token using a signed permit message
    function permitTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes calldata signature
    ) external;

    /// @notice Transfers a token using a signed permit message, including a caller-supplied witness
    function permitWitnessTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes32 witness,
        string calldata witnessTypeString,
        bytes calldata signature
    ) external;
}

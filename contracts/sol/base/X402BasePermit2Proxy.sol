// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {IPermit2SignatureTransfer} from "./IPermit2SignatureTransfer.sol";

/// @title X402BasePermit2Proxy
/// @notice Shared logic of the devnet copies of the canonical x402 Permit2 proxies
///         (coinbase/x402 `contracts/evm/src/x402BasePermit2Proxy.sol`).
/// @dev Matches the canonical version whose `Witness` struct lives in each concrete proxy and whose Permit2 address
///      is a constructor immutable. Differences from the canonical source, all devnet-only:
///      - uses OZ `ReentrancyGuardTransient` (transient storage) instead of storage-based `ReentrancyGuard`, so the
///        bytecode works after being copied to the fixed address with `anvil_setCode` (storage is not copied);
///      - a failed EIP-2612 `permit` is swallowed silently. The current canonical source emits
///        `EIP2612PermitFailedWithReason/WithPanic/WithData(address indexed token, address indexed owner, …)` in
///        that case; these events are not declared here (see the report accompanying these contracts).
abstract contract X402BasePermit2Proxy is ReentrancyGuardTransient {
    /// @notice The Permit2 contract (canonical: 0x000000000022D473030F116dDEE9F6B43aC78BA3)
    IPermit2SignatureTransfer public immutable PERMIT2;

    /// @notice Emitted when settle() completes successfully. Carries no data: payer, payee and amount are read
    ///         from the token `Transfer` in the same transaction.
    event Settled();

    /// @notice Emitted when settleWithPermit() completes successfully.
    event SettledWithPermit();

    error InvalidPermit2Address();
    error InvalidDestination();
    error PaymentTooEarly();
    error InvalidOwner();
    error InvalidAmount();
    error Permit2612AmountMismatch();

    /// @notice EIP-2612 permit parameters (field order as in the canonical source: value, deadline, r, s, v)
    struct EIP2612Permit {
        uint256 value;
        uint256 deadline;
        bytes32 r;
        bytes32 s;
        uint8 v;
    }

    constructor(address permit2) {
        if (permit2 == address(0)) revert InvalidPermit2Address();
        PERMIT2 = IPermit2SignatureTransfer(permit2);
    }

    /// @dev Validates and calls Permit2.permitWitnessTransferFrom, which moves `settlementAmount` of
    ///      `permit.permitted.token` from `owner` to `to` (one token `Transfer` event).
    function _settle(
        IPermit2SignatureTransfer.PermitTransferFrom calldata permit,
        uint256 settlementAmount,
        address owner,
        address to,
        uint256 validAfter,
        bytes32 witnessHash,
        string memory witnessTypeString,
        bytes calldata signature
    ) internal {
        if (settlementAmount == 0) revert InvalidAmount();
        if (owner == address(0)) revert InvalidOwner();
        if (to == address(0)) revert InvalidDestination();
        if (block.timestamp < validAfter) revert PaymentTooEarly();

        IPermit2SignatureTransfer.SignatureTransferDetails memory transferDetails =
            IPermit2SignatureTransfer.SignatureTransferDetails({to: to, requestedAmount: settlementAmount});

        PERMIT2.permitWitnessTransferFrom(permit, transferDetails, owner, witnessHash, witnessTypeString, signature);
    }

    /// @dev Tries the EIP-2612 `permit(owner, PERMIT2, value, …)` on the token. Reverts only if the permit value does
    ///      not equal the Permit2 permitted amount; a failing `permit` (e.g. a token without EIP-2612, such as the
    ///      devnet OPG) is ignored, and the settlement then relies on an existing Permit2 approval.
    function _executePermit(address token, address owner, EIP2612Permit calldata permit2612, uint256 permittedAmount)
        internal
    {
        if (permit2612.value != permittedAmount) revert Permit2612AmountMismatch();
        try IERC20Permit(token).permit(
            owner, address(PERMIT2), permit2612.value, permit2612.deadline, permit2612.v, permit2612.r, permit2612.s
        ) {
            // approval set through EIP-2612
        } catch {
            // devnet: ignored silently (the canonical proxy emits EIP2612PermitFailedWith* here)
        }
    }
}

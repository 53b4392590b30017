// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {X402BasePermit2Proxy} from "./X402BasePermit2Proxy.sol";
import {IPermit2SignatureTransfer} from "./IPermit2SignatureTransfer.sol";

/// @title X402UptoPermit2Proxy
/// @notice Devnet copy of the canonical x402 "upto" Permit2 proxy (coinbase/x402
///         `contracts/evm/src/x402UptoPermit2Proxy.sol`), deployed on Base at
///         0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002. The facilitator named in the signed witness settles any
///         `amount <= permit.permitted.amount`.
/// @dev Deploy normally with the Permit2 address, then copy the runtime code to the fixed address with
///      `anvil_setCode`. Footprint of one payment: token `Transfer(owner → witness.to, amount)` followed by
///      `Settled()` (or `SettledWithPermit()`), in one transaction.
///      Selectors: settle 0xff11e7b4, settleWithPermit 0x016c1748.
contract X402UptoPermit2Proxy is X402BasePermit2Proxy {
    /// @notice EIP-712 witness type string passed to Permit2 (verbatim from the canonical contract)
    string public constant WITNESS_TYPE_STRING =
        "Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,address facilitator,uint256 validAfter)";

    /// @notice EIP-712 typehash of the witness struct
    bytes32 public constant WITNESS_TYPEHASH = keccak256("Witness(address to,address facilitator,uint256 validAfter)");

    /// @notice Thrown when msg.sender does not match the facilitator in the witness
    error UnauthorizedFacilitator();

    /// @notice Thrown when requested amount exceeds permitted amount
    error AmountExceedsPermitted();

    /// @param to Payment destination (payTo)
    /// @param facilitator The only address allowed to call settle for this signature (must be msg.sender)
    /// @param validAfter Earliest timestamp at which the payment can be settled
    struct Witness {
        address to;
        address facilitator;
        uint256 validAfter;
    }

    constructor(address permit2) X402BasePermit2Proxy(permit2) {}

    /// @notice Settles `amount` (<= the permitted cap) from `owner` to `witness.to`. Caller must be `witness.facilitator`.
    function settle(
        IPermit2SignatureTransfer.PermitTransferFrom calldata permit,
        uint256 amount,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external nonReentrant {
        if (amount > permit.permitted.amount) revert AmountExceedsPermitted();
        if (msg.sender != witness.facilitator) revert UnauthorizedFacilitator();
        bytes32 witnessHash =
            keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.facilitator, witness.validAfter));
        _settle(permit, amount, owner, witness.to, witness.validAfter, witnessHash, WITNESS_TYPE_STRING, signature);
        emit Settled();
    }

    /// @notice Like `settle`, after first trying an EIP-2612 permit that approves Permit2
    ///         (`permit2612.value` must equal `permit.permitted.amount`).
    function settleWithPermit(
        EIP2612Permit calldata permit2612,
        IPermit2SignatureTransfer.PermitTransferFrom calldata permit,
        uint256 amount,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external nonReentrant {
        if (amount > permit.permitted.amount) revert AmountExceedsPermitted();
        if (msg.sender != witness.facilitator) revert UnauthorizedFacilitator();
        _executePermit(permit.permitted.token, owner, permit2612, permit.permitted.amount);
        bytes32 witnessHash =
            keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.facilitator, witness.validAfter));
        _settle(permit, amount, owner, witness.to, witness.validAfter, witnessHash, WITNESS_TYPE_STRING, signature);
        emit SettledWithPermit();
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {X402BasePermit2Proxy} from "./X402BasePermit2Proxy.sol";
import {IPermit2SignatureTransfer} from "./IPermit2SignatureTransfer.sol";

/// @title X402ExactPermit2Proxy
/// @notice Devnet copy of the canonical x402 "exact" Permit2 proxy (coinbase/x402
///         `contracts/evm/src/x402ExactPermit2Proxy.sol`), deployed on Base at
///         0x402085c248EeA27D92E8b30b2C58ed07f9E20001. Always transfers the full permitted amount.
/// @dev Deploy normally with the Permit2 address, then copy the runtime code to the fixed address with
///      `anvil_setCode` (the immutable survives). Footprint of one payment: token `Transfer(owner → witness.to,
///      permit.permitted.amount)` followed by `Settled()` (or `SettledWithPermit()`), in one transaction.
///      Selectors: settle 0x13cd3b53, settleWithPermit 0xfa340378.
contract X402ExactPermit2Proxy is X402BasePermit2Proxy {
    /// @notice EIP-712 witness type string passed to Permit2 (verbatim from the canonical contract)
    string public constant WITNESS_TYPE_STRING =
        "Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,uint256 validAfter)";

    /// @notice EIP-712 typehash of the witness struct
    bytes32 public constant WITNESS_TYPEHASH = keccak256("Witness(address to,uint256 validAfter)");

    /// @param to Payment destination (payTo), bound by the payer's signature
    /// @param validAfter Earliest timestamp at which the payment can be settled
    struct Witness {
        address to;
        uint256 validAfter;
    }

    constructor(address permit2) X402BasePermit2Proxy(permit2) {}

    /// @notice Settles a payment of exactly `permit.permitted.amount` from `owner` to `witness.to`.
    function settle(
        IPermit2SignatureTransfer.PermitTransferFrom calldata permit,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external nonReentrant {
        bytes32 witnessHash = keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.validAfter));
        _settle(
            permit,
            permit.permitted.amount,
            owner,
            witness.to,
            witness.validAfter,
            witnessHash,
            WITNESS_TYPE_STRING,
            signature
        );
        emit Settled();
    }

    /// @notice Like `settle`, after first trying an EIP-2612 permit that approves Permit2
    ///         (`permit2612.value` must equal `permit.permitted.amount`).
    function settleWithPermit(
        EIP2612Permit calldata permit2612,
        IPermit2SignatureTransfer.PermitTransferFrom calldata permit,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external nonReentrant {
        _executePermit(permit.permitted.token, owner, permit2612, permit.permitted.amount);
        bytes32 witnessHash = keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.validAfter));
        _settle(
            permit,
            permit.permitted.amount,
            owner,
            witness.to,
            witness.validAfter,
            witnessHash,
            WITNESS_TYPE_STRING,
            signature
        );
        emit SettledWithPermit();
    }
}

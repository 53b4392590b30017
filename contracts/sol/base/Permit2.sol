// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IPermit2SignatureTransfer} from "./IPermit2SignatureTransfer.sol";

/// @title Permit2 (devnet stand-in, SignatureTransfer only)
/// @notice Simplified Uniswap Permit2 for the local Base devnet. It is meant to be placed with `anvil_setCode` at
///         the canonical address 0x000000000022D473030F116dDEE9F6B43aC78BA3, so it keeps no constructor-set
///         storage (it has no constructor at all) and computes its EIP-712 domain separator on the fly.
/// @dev Matches the real SignatureTransfer (Uniswap/permit2 `src/SignatureTransfer.sol`) in ABI and behaviour:
///      deadline check (`SignatureExpired`), `requestedAmount <= permitted.amount` (`InvalidAmount`), the unordered
///      nonce bitmap (`nonceBitmap`, `InvalidNonce` on reuse), then `token.transferFrom(owner, to, requestedAmount)`.
///      The owner must have approved this contract on the token, exactly as on the real network, so the token emits
///      `Approval(owner, Permit2, …)` on approve and `Transfer(owner → to, amount)` on settlement.
///      Like the real contract, a signature transfer emits no Permit2 event.
///
///      DEVNET SIMPLIFICATION: the EIP-712 signature is NOT verified. `signature`, `witness` and
///      `witnessTypeString` are accepted and ignored, so any caller can move any owner's approved tokens.
///      Never deploy this outside a local devnet.
contract Permit2 is IPermit2SignatureTransfer {
    using SafeERC20 for IERC20;

    /// @notice Thrown when validating that the inputted nonce has not been used
    error InvalidNonce();

    /// @notice Thrown when validating an inputted signature that is stale
    /// @param signatureDeadline The timestamp at which a signature is no longer valid
    error SignatureExpired(uint256 signatureDeadline);

    bytes32 private constant _HASHED_NAME = keccak256("Permit2");
    bytes32 private constant _TYPE_HASH =
        keccak256("EIP712Domain(string name,uint256 chainId,address verifyingContract)");

    /// @inheritdoc IPermit2SignatureTransfer
    mapping(address => mapping(uint256 => uint256)) public nonceBitmap;

    /// @notice The EIP-712 domain separator of the real Permit2 (name "Permit2", no version), for clients that
    ///         build typed data. Computed from the current chain id and address, so it survives `anvil_setCode`.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return keccak256(abi.encode(_TYPE_HASH, _HASHED_NAME, block.chainid, address(this)));
    }

    /// @inheritdoc IPermit2SignatureTransfer
    /// @dev The signature is not verified on the devnet.
    function permitTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes calldata /* signature */
    ) external {
        _permitTransferFrom(permit, transferDetails, owner);
    }

    /// @inheritdoc IPermit2SignatureTransfer
    /// @dev Neither the witness nor the signature is verified on the devnet.
    function permitWitnessTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes32, /* witness */
        string calldata, /* witnessTypeString */
        bytes calldata /* signature */
    ) external {
        _permitTransferFrom(permit, transferDetails, owner);
    }

    function _permitTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner
    ) private {
        uint256 requestedAmount = transferDetails.requestedAmount;

        if (block.timestamp > permit.deadline) revert SignatureExpired(permit.deadline);
        if (requestedAmount > permit.permitted.amount) revert InvalidAmount(permit.permitted.amount);

        _useUnorderedNonce(owner, permit.nonce);

        IERC20(permit.permitted.token).safeTransferFrom(owner, transferDetails.to, requestedAmount);
    }

    /// @dev Same layout as the real Permit2: word = nonce >> 8 (capped at uint248), bit = nonce & 0xff.
    function _useUnorderedNonce(address from, uint256 nonce) private {
        uint256 wordPos = uint248(nonce >> 8);
        uint256 bit = 1 << uint8(nonce);
        uint256 flipped = nonceBitmap[from][wordPos] ^= bit;
        if (flipped & bit == 0) revert InvalidNonce();
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

/// @title MerkleAirdrop
/// @notice Devnet stand-in for a Sablier "Merkle Instant" airdrop campaign (the OPG TGE airdrop is reported to be a
///         SablierMerkleInstant on Base, research §12). Claim path and event match Sablier's SablierMerkleInstant
///         v1.3.0 (sablier-labs/airdrops `src/SablierMerkleInstant.sol`, `src/interfaces/ISablierMerkleInstant.sol`):
///         `claim(uint256,address,uint128,bytes32[])` and `event Claim(uint256 index, address indexed recipient,
///         uint128 amount)`, emitted after the token transfer.
/// @dev Leaf = keccak256(bytes.concat(keccak256(abi.encode(index, recipient, amount)))), which is what the npm
///      package openzeppelin merkle-tree's `StandardMerkleTree.of(values, ["uint256", "address", "uint128"])` produces
///      (and what Sablier uses). Simplifications versus Sablier: no claim fee (claim is non-payable), no factory,
///      no campaign name/IPFS CID, admin fixed at construction, and `clawback` only after expiration and without
///      Sablier's `Clawback` event (only the token `Transfer` is emitted).
///      Sablier airdrops v2.0.0 (2025-10-08) changed the event to
///      `Claim(uint256 index, address indexed recipient, uint128 amount, address to)`; this contract emits the
///      v1.3 shape.
contract MerkleAirdrop {
    using SafeERC20 for IERC20;
    using BitMaps for BitMaps.BitMap;

    /// @notice Emitted when a recipient claims an instant airdrop (Sablier v1.3 shape)
    event Claim(uint256 index, address indexed recipient, uint128 amount);

    error CampaignExpired(uint256 blockTimestamp, uint40 expiration);
    error CampaignNotExpired(uint256 blockTimestamp, uint40 expiration);
    error IndexAlreadyClaimed(uint256 index);
    error InvalidMerkleProof();
    error CallerNotAdmin(address admin, address caller);

    IERC20 private immutable _token;
    bytes32 private immutable _merkleRoot;
    uint40 private immutable _expiration;
    address private immutable _admin;
    BitMaps.BitMap private _claimedBitMap;

    /// @param token_ The airdropped ERC-20 (fund the contract with a plain transfer after deployment)
    /// @param merkleRoot_ Root of the StandardMerkleTree over [index, recipient, amount]
    /// @param expiration_ Unix timestamp after which claims stop and clawback opens; 0 = never expires
    /// @param admin_ The only address allowed to claw back
    constructor(IERC20 token_, bytes32 merkleRoot_, uint40 expiration_, address admin_) {
        _token = token_;
        _merkleRoot = merkleRoot_;
        _expiration = expiration_;
        _admin = admin_;
    }

    /// @notice The airdropped token (Sablier getter name)
    // solhint-disable-next-line func-name-mixedcase
    function TOKEN() external view returns (IERC20) {
        return _token;
    }

    /// @notice The Merkle root (Sablier getter name)
    // solhint-disable-next-line func-name-mixedcase
    function MERKLE_ROOT() external view returns (bytes32) {
        return _merkleRoot;
    }

    /// @notice Expiration timestamp, 0 for none (Sablier getter name)
    // solhint-disable-next-line func-name-mixedcase
    function EXPIRATION() external view returns (uint40) {
        return _expiration;
    }

    /// @notice The campaign admin (Sablier getter name)
    function admin() external view returns (address) {
        return _admin;
    }

    /// @notice Whether `index` has been claimed
    function hasClaimed(uint256 index) public view returns (bool) {
        return _claimedBitMap.get(index);
    }

    /// @notice Whether the campaign has expired (never, if expiration is 0)
    function hasExpired() public view returns (bool) {
        return _expiration > 0 && _expiration <= block.timestamp;
    }

    /// @notice Transfers `amount` to `recipient` if (index, recipient, amount) is in the tree and unclaimed.
    ///         Anyone may submit the claim on behalf of the recipient (as in Sablier).
    function claim(uint256 index, address recipient, uint128 amount, bytes32[] calldata merkleProof) external {
        if (hasExpired()) revert CampaignExpired(block.timestamp, _expiration);
        if (_claimedBitMap.get(index)) revert IndexAlreadyClaimed(index);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, recipient, amount))));
        if (!MerkleProof.verifyCalldata(merkleProof, _merkleRoot, leaf)) revert InvalidMerkleProof();

        _claimedBitMap.set(index);
        _token.safeTransfer(recipient, amount);
        emit Claim(index, recipient, amount);
    }

    /// @notice Admin sends `amount` of unclaimed tokens to `to`, once the campaign has expired.
    function clawback(address to, uint128 amount) external {
        if (msg.sender != _admin) revert CallerNotAdmin(_admin, msg.sender);
        if (!hasExpired()) revert CampaignNotExpired(block.timestamp, _expiration);
        _token.safeTransfer(to, amount);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title TokenVesting
/// @notice Single-beneficiary OPG vesting with a TGE unlock, a cliff and linear vesting. This is OUR OWN documented
///         interface: OpenGradient's real vesting contracts (reported as TokenTable "MerkleVester"/MerkleDistributor)
///         are not public (research §12, §13). An indexer should treat unlocks as token `Transfer`s out of the
///         vesting contract; `ERC20Released` is an extra, devnet-only convenience (OZ VestingWallet-style).
/// @dev Schedule, with total = token balance + released so far (so tokens sent later join the schedule):
///      - t < start:                 vested = 0
///      - start <= t < start + cliff: vested = total * tgeBps / 10000            (the TGE share)
///      - t >= start + cliff:        vested = tge + (total - tge) * min(t - (start + cliff), duration) / duration
///      With duration == 0 everything is vested at start + cliff.
///      Funding is a plain token transfer to this contract after deployment.
contract TokenVesting {
    using SafeERC20 for IERC20;

    /// @notice Emitted on every release (same signature as OpenZeppelin's VestingWallet event)
    event ERC20Released(address indexed token, uint256 amount);

    /// @notice Thrown by `release()` when nothing is releasable at the current block timestamp
    error NothingToRelease(uint64 timestamp);
    error InvalidBeneficiary();
    error InvalidTgeBps(uint16 tgeBps);

    IERC20 private immutable _token;
    address private immutable _beneficiary;
    uint64 private immutable _start;
    uint64 private immutable _cliffSeconds;
    uint64 private immutable _duration;
    uint16 private immutable _tgeBps;
    string private _category;
    uint256 private _released;

    /// @param token_ The vested ERC-20 (OPG)
    /// @param beneficiary_ Receives every release
    /// @param category_ Free-form label, e.g. "Core Contributors", "Investors", "Foundation", "Ecosystem"
    /// @param start_ TGE timestamp (unix seconds)
    /// @param cliffSeconds_ Seconds after `start_` before linear vesting of the non-TGE remainder begins
    /// @param durationSeconds_ Length of the linear vesting of the remainder, starting at start + cliff
    /// @param tgeBps_ Share of the total unlocked at `start_`, in basis points (0..10000)
    constructor(
        IERC20 token_,
        address beneficiary_,
        string memory category_,
        uint64 start_,
        uint64 cliffSeconds_,
        uint64 durationSeconds_,
        uint16 tgeBps_
    ) {
        if (beneficiary_ == address(0)) revert InvalidBeneficiary();
        if (tgeBps_ > 10_000) revert InvalidTgeBps(tgeBps_);
        _token = token_;
        _beneficiary = beneficiary_;
        _category = category_;
        _start = start_;
        _cliffSeconds = cliffSeconds_;
        _duration = durationSeconds_;
        _tgeBps = tgeBps_;
    }

    /// @notice The vested token
    function token() external view returns (address) {
        return address(_token);
    }

    /// @notice The address that receives released tokens
    function beneficiary() external view returns (address) {
        return _beneficiary;
    }

    /// @notice Allocation category label
    function category() external view returns (string memory) {
        return _category;
    }

    /// @notice TGE timestamp
    function start() external view returns (uint64) {
        return _start;
    }

    /// @notice Absolute timestamp at which linear vesting of the non-TGE remainder begins (start + cliffSeconds)
    function cliff() public view returns (uint64) {
        return _start + _cliffSeconds;
    }

    /// @notice Length in seconds of the linear vesting that follows the cliff
    function duration() external view returns (uint64) {
        return _duration;
    }

    /// @notice Absolute timestamp at which everything is vested (cliff + duration)
    function end() external view returns (uint64) {
        return cliff() + _duration;
    }

    /// @notice TGE share in basis points
    function tgeBps() external view returns (uint16) {
        return _tgeBps;
    }

    /// @notice Amount already released to the beneficiary
    function released() external view returns (uint256) {
        return _released;
    }

    /// @notice Amount that `release()` would transfer now
    function releasable() public view returns (uint256) {
        return vestedAmount(uint64(block.timestamp)) - _released;
    }

    /// @notice Amount vested at `timestamp` (cumulative, including what was already released)
    function vestedAmount(uint64 timestamp) public view returns (uint256) {
        uint256 total = _token.balanceOf(address(this)) + _released;
        if (timestamp < _start) return 0;
        uint256 tgeAmount = (total * _tgeBps) / 10_000;
        uint64 cliffAt = cliff();
        if (timestamp < cliffAt) return tgeAmount;
        uint256 elapsed = timestamp - cliffAt;
        if (elapsed >= _duration) return total;
        return tgeAmount + ((total - tgeAmount) * elapsed) / _duration;
    }

    /// @notice Transfers the releasable amount to the beneficiary. Anyone may call.
    /// @dev Emits the token `Transfer(this → beneficiary, amount)` and `ERC20Released(token, amount)`.
    function release() external {
        uint256 amount = releasable();
        if (amount == 0) revert NothingToRelease(uint64(block.timestamp));
        _released += amount;
        emit ERC20Released(address(_token), amount);
        _token.safeTransfer(_beneficiary, amount);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title MockUSDC
/// @notice Devnet-only 6-decimal stablecoin used as the quote token of the devnet OPG pool.
/// @dev Not the real USDC (no EIP-2612/EIP-3009, no blacklist, no proxy). The owner can mint freely.
contract MockUSDC is ERC20, Ownable {
    /// @param initialOwner The only address allowed to `mint` (emits OwnershipTransferred(0x0 → initialOwner)).
    constructor(address initialOwner) ERC20("USD Coin", "USDC") Ownable(initialOwner) {}

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` (6 decimals) to `to`. Owner only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

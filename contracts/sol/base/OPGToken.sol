// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title OPGToken
/// @notice Devnet stand-in for the OpenGradient ERC-20 on Base (0xFbC2051AE2265686a469421b2C5A2D5462FbF5eB).
/// @dev The real token's source is not public (research §6.1, §13). Only what is documented is reproduced:
///      name "OpenGradient", symbol "OPG", 18 decimals, fixed supply of 1,000,000,000 OPG minted once.
///      Events are the standard ERC-20 `Transfer` / `Approval`. No EIP-2612, no EIP-3009, no mint/burn.
contract OPGToken is ERC20 {
    /// @notice The canonical fixed supply: 1,000,000,000 OPG (18 decimals).
    uint256 public constant TOTAL_SUPPLY = 1_000_000_000e18;

    /// @param treasury Receives the whole supply (one `Transfer(0x0 → treasury, 1e27)`).
    constructor(address treasury) ERC20("OpenGradient", "OPG") {
        _mint(treasury, TOTAL_SUPPLY);
    }
}

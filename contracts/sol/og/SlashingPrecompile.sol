// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {StakingPrecompile} from "./StakingPrecompile.sol";

/// @title SlashingPrecompile (devnet stand-in for the Cosmos EVM slashing precompile at 0x…0806)
/// @notice Implements `unjail(address)` and `getParams()` of cosmos/evm
///         `precompiles/slashing/ISlashing.sol`; the only EVM event of the real slashing precompile is
///         `ValidatorUnjailed`. Slashing and jailing themselves happen in the Cosmos layer on the real
///         chain and leave no EVM log (devnet: StakingPrecompile.adminSlashAndJail / adminJail).
/// @dev Placed with `anvil_setCode` at 0x0000000000000000000000000000000000000806; it has no state and
///      needs no initialisation. It reads and updates the staking stand-in at 0x…0800.
///      Not modelled: the downtime jail duration (JailedUntil) and tombstoning.
contract SlashingPrecompile {
    struct Dec {
        uint256 value;
        uint8 precision;
    }

    struct Params {
        int64 signedBlocksWindow;
        Dec minSignedPerWindow;
        int64 downtimeJailDuration;
        Dec slashFractionDoubleSign;
        Dec slashFractionDowntime;
    }

    event ValidatorUnjailed(address indexed validator);

    StakingPrecompile public constant STAKING = StakingPrecompile(0x0000000000000000000000000000000000000800);

    /// @notice Unjails the caller's validator: msg.sender must be `validatorAddress`, the validator must
    ///         exist and be jailed, and its self-delegation must still cover minSelfDelegation.
    function unjail(address validatorAddress) external returns (bool success) {
        require(msg.sender == validatorAddress, "SlashingPrecompile: msg.sender is not the validator address");
        StakingPrecompile.Validator memory v = STAKING.validator(validatorAddress);
        require(bytes(v.operatorAddress).length > 0, "address is not associated with any known validator");
        require(v.jailed, "validator not jailed; cannot be unjailed");
        (uint256 selfShares, StakingPrecompile.Coin memory selfBalance) =
            STAKING.delegation(validatorAddress, v.operatorAddress);
        require(selfShares > 0, "validator has no self-delegation; cannot be unjailed");
        require(
            selfBalance.amount >= v.minSelfDelegation,
            "validator's self delegation less than minimum; cannot be unjailed"
        );
        STAKING.setJailed(validatorAddress, false);
        emit ValidatorUnjailed(validatorAddress);
        return true;
    }

    /// @notice OG mainnet genesis slashing parameters (og-evm scripts/mainnet/genesis.sh).
    function getParams() external pure returns (Params memory params) {
        params.signedBlocksWindow = 10000;
        params.minSignedPerWindow = Dec({value: 5e16, precision: 18});
        params.downtimeJailDuration = 600;
        params.slashFractionDoubleSign = Dec({value: 0, precision: 18});
        params.slashFractionDowntime = Dec({value: 0, precision: 18});
    }
}

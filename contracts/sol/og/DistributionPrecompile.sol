// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OGAddressCodec} from "./OGAddressCodec.sol";

/// @title DistributionPrecompile (devnet stand-in for the Cosmos EVM distribution precompile at 0x…0801)
/// @notice Implements the part of cosmos/evm `precompiles/distribution/DistributionI.sol` (string
///         validator generation, after the `WithdrawDelegatorRewards` -> `WithdrawDelegatorReward`
///         event rename of cosmos/evm PR #140) that the devnet needs. Events are the real ones.
/// @dev Placed with `anvil_setCode` at 0x0000000000000000000000000000000000000801: no constructor
///      state; call `initialize(admin)` once (first caller wins).
///
///      Rewards are pure bookkeeping, no native value moves. On the real chain rewards accrue every
///      block from fees / the SVIP pool; here the devnet admin credits them with `accrueRewards`
///      (no event: reward accrual leaves no EVM log on the real chain either). The stand-in does not
///      consult the staking stand-in: delegation changes do not auto-withdraw rewards, and a
///      withdrawal for a pair without a delegation is not rejected (it pays 0).
contract DistributionPrecompile {
    struct Coin {
        string denom;
        uint256 amount;
    }

    /// @dev amount is an sdk.Dec scaled by 10^precision (precision 18), as the real precompile returns it
    struct DecCoin {
        string denom;
        uint256 amount;
        uint8 precision;
    }

    struct DelegationDelegatorReward {
        string validatorAddress;
        DecCoin[] reward;
    }

    event ClaimRewards(address indexed delegatorAddress, uint256 amount);
    event WithdrawDelegatorReward(address indexed delegatorAddress, address indexed validatorAddress, uint256 amount);

    string public constant BOND_DENOM = "ogwei";
    uint8 internal constant DEC_PRECISION = 18;
    uint256 internal constant DEC = 1e18;

    /// @notice devnet admin allowed to accrue rewards, set once by initialize
    address public admin;
    /// delegator => validator => pending rewards (in ogwei)
    mapping(address => mapping(address => uint256)) private _pending;
    mapping(address => mapping(address => bool)) private _known;
    /// delegator => validators it ever had rewards with, in first-accrual order
    mapping(address => address[]) private _validatorsOf;

    /// @notice Sets the devnet admin once (first caller wins; reverts afterwards).
    function initialize(address admin_) external {
        require(admin == address(0), "DistributionPrecompile: already initialized");
        require(admin_ != address(0), "DistributionPrecompile: admin is the zero address");
        admin = admin_;
    }

    /// @notice Devnet only: credits `amount` ogwei of pending rewards to (delegator, validator). No event.
    function accrueRewards(address delegator, address validator, uint256 amount) external {
        require(admin != address(0) && msg.sender == admin, "DistributionPrecompile: caller is not the devnet admin");
        if (!_known[delegator][validator]) {
            _known[delegator][validator] = true;
            _validatorsOf[delegator].push(validator);
        }
        _pending[delegator][validator] += amount;
    }

    /// @notice Withdraws the rewards of at most `maxRetrieve` validators (in first-accrual order) and
    ///         emits one ClaimRewards with the total (also when it is 0), as the real precompile does.
    function claimRewards(address delegatorAddress, uint32 maxRetrieve) external returns (bool success) {
        _requireSender(delegatorAddress);
        address[] storage vals = _validatorsOf[delegatorAddress];
        uint256 n = vals.length < maxRetrieve ? vals.length : maxRetrieve;
        uint256 total = 0;
        for (uint256 i = 0; i < n; i++) {
            total += _pending[delegatorAddress][vals[i]];
            _pending[delegatorAddress][vals[i]] = 0;
        }
        emit ClaimRewards(delegatorAddress, total);
        return true;
    }

    /// @notice Pays out the pending rewards of one (delegator, validator) pair. The validator string is
    ///         a 0x-hex address or bech32 (ogvaloper1…). Returns an empty array when nothing is pending
    ///         (sdk.Coins drop zero amounts).
    function withdrawDelegatorRewards(address delegatorAddress, string memory validatorAddress)
        external
        returns (Coin[] memory amount)
    {
        _requireSender(delegatorAddress);
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        uint256 paid = _pending[delegatorAddress][valAddr];
        _pending[delegatorAddress][valAddr] = 0;
        emit WithdrawDelegatorReward(delegatorAddress, valAddr, paid);
        if (paid > 0) {
            amount = new Coin[](1);
            amount[0] = Coin({denom: BOND_DENOM, amount: paid});
        }
    }

    /// @notice Pending rewards of one pair in the real DecCoin[] shape (empty when nothing is pending).
    function delegationRewards(address delegatorAddress, string memory validatorAddress)
        external
        view
        returns (DecCoin[] memory rewards)
    {
        rewards = _decCoins(_pending[delegatorAddress][OGAddressCodec.parseAddress(validatorAddress)]);
    }

    /// @notice Pending rewards per validator (bech32 ogvaloper1… strings) and their total.
    function delegationTotalRewards(address delegatorAddress)
        external
        view
        returns (DelegationDelegatorReward[] memory rewards, DecCoin[] memory total)
    {
        address[] storage vals = _validatorsOf[delegatorAddress];
        rewards = new DelegationDelegatorReward[](vals.length);
        uint256 sum = 0;
        for (uint256 i = 0; i < vals.length; i++) {
            uint256 p = _pending[delegatorAddress][vals[i]];
            sum += p;
            rewards[i].validatorAddress = OGAddressCodec.toBech32(OGAddressCodec.VALOPER_HRP, vals[i]);
            rewards[i].reward = _decCoins(p);
        }
        total = _decCoins(sum);
    }

    /// @notice Validators the delegator has had rewards with, as bech32 ogvaloper1… strings.
    function delegatorValidators(address delegatorAddress) external view returns (string[] memory validators) {
        address[] storage vals = _validatorsOf[delegatorAddress];
        validators = new string[](vals.length);
        for (uint256 i = 0; i < vals.length; i++) {
            validators[i] = OGAddressCodec.toBech32(OGAddressCodec.VALOPER_HRP, vals[i]);
        }
    }

    /// @notice Devnet-only simple view (not in DistributionI): pending rewards in ogwei.
    function pendingRewards(address delegator, address validator) external view returns (uint256) {
        return _pending[delegator][validator];
    }

    function _requireSender(address delegatorAddress) private view {
        require(msg.sender == delegatorAddress, "DistributionPrecompile: msg.sender is not the delegator address");
    }

    function _decCoins(uint256 amount) private pure returns (DecCoin[] memory coins) {
        if (amount == 0) return coins;
        coins = new DecCoin[](1);
        coins[0] = DecCoin({denom: BOND_DENOM, amount: amount * DEC, precision: DEC_PRECISION});
    }
}

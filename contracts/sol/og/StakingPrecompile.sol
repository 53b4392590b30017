// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OGAddressCodec} from "./OGAddressCodec.sol";

/// @title StakingPrecompile (devnet stand-in for the Cosmos EVM staking precompile at 0x…0800)
/// @notice Implements the og-evm `precompiles/staking/StakingI.sol` ABI (a fork of cosmos/evm in which
///         delegate/undelegate/redelegate/cancelUnbondingDelegation/delegation/unbondingDelegation/
///         redelegation take the validator as a string). Events are byte-for-byte the real ones.
/// @dev Placed with `anvil_setCode` at 0x0000000000000000000000000000000000000800, so nothing may be
///      set in a constructor: call `initialize(admin)` once (first caller wins).
///
///      Pure bookkeeping, no native value moves (the real precompile moves `ogwei` between the account
///      and the bonded/not-bonded pools). Semantics kept from the Cosmos SDK staking module:
///       - tokens / delegatorShares per validator; shares are sdk.Dec values as the precompile returns
///         them (scaled by 1e18): the first delegation issues amount * 1e18 shares, later ones
///         amount * delegatorShares / tokens (truncated);
///       - msg.sender must be the delegator (or the validator for create/edit), as the precompile
///         requires;
///       - unbonding time 21 days (mainnet genesis), at most 7 entries per unbonding delegation and
///         per redelegation (mainnet max_entries), matured entries are dropped lazily;
///       - redelegation completion follows getBeginInfo: bonded source -> now + 21 days, unbonding
///         source -> its unbondingTime, unbonded source -> completes at once (no entry); a
///         redelegation out of a validator that still has an immature incoming redelegation for the
///         same delegator reverts (transitive redelegation);
///       - commission: 18-decimal fixed point (0.05 = 5e16), rate <= maxRate <= 1e18,
///         maxChangeRate <= maxRate; editValidator may change it once per 24 h and raise it by at
///         most maxChangeRate; -1 means "do not modify" for commissionRate and minSelfDelegation;
///         minSelfDelegation can only increase and not above the validator's tokens;
///       - a validator whose self-delegation falls below minSelfDelegation after an undelegation or
///         redelegation is jailed (no EVM log, as on the real chain);
///       - new validators are Bonded at once (the real chain bonds them at the end of the block if
///         they are in the active set); the minimum-commission parameter and consensus-power ranking
///         are not modelled; unbonding entries are not slashed.
///
///      Devnet-only admin path: on the real chain slashing and jailing happen in the Cosmos layer
///      and leave NO EVM log. `adminSlashAndJail` and `adminJail` reproduce that: they change state
///      and emit nothing. `setJailed` is reserved for the slashing stand-in at 0x…0806 (unjail).
contract StakingPrecompile {
    // ============ Types (as in StakingI.sol / common/Types.sol) ============

    enum BondStatus {
        Unspecified,
        Unbonded,
        Unbonding,
        Bonded
    }

    struct Description {
        string moniker;
        string identity;
        string website;
        string securityContact;
        string details;
    }

    struct CommissionRates {
        uint256 rate;
        uint256 maxRate;
        uint256 maxChangeRate;
    }

    struct Validator {
        string operatorAddress;
        string consensusPubkey;
        bool jailed;
        BondStatus status;
        uint256 tokens;
        uint256 delegatorShares;
        Description description;
        int64 unbondingHeight;
        int64 unbondingTime;
        uint256 commission;
        uint256 minSelfDelegation;
    }

    struct Coin {
        string denom;
        uint256 amount;
    }

    struct UnbondingDelegationEntry {
        int64 creationHeight;
        int64 completionTime;
        uint256 initialBalance;
        uint256 balance;
        uint64 unbondingId;
        int64 unbondingOnHoldRefCount;
    }

    struct UnbondingDelegationOutput {
        string delegatorAddress;
        string validatorAddress;
        UnbondingDelegationEntry[] entries;
    }

    struct RedelegationEntry {
        int64 creationHeight;
        int64 completionTime;
        uint256 initialBalance;
        uint256 sharesDst;
    }

    struct RedelegationOutput {
        string delegatorAddress;
        string validatorSrcAddress;
        string validatorDstAddress;
        RedelegationEntry[] entries;
    }

    struct PageRequest {
        bytes key;
        uint64 offset;
        uint64 limit;
        bool countTotal;
        bool reverse;
    }

    struct PageResponse {
        bytes nextKey;
        uint64 total;
    }

    // ============ Events (verbatim from StakingI.sol) ============

    event CreateValidator(address indexed validatorAddress, uint256 value);
    event EditValidator(address indexed validatorAddress, int256 commissionRate, int256 minSelfDelegation);
    event Delegate(address indexed delegatorAddress, address indexed validatorAddress, uint256 amount, uint256 newShares);
    event Unbond(address indexed delegatorAddress, address indexed validatorAddress, uint256 amount, uint256 completionTime);
    event Redelegate(
        address indexed delegatorAddress,
        address indexed validatorSrcAddress,
        address indexed validatorDstAddress,
        uint256 amount,
        uint256 completionTime
    );
    event CancelUnbondingDelegation(
        address indexed delegatorAddress, address indexed validatorAddress, uint256 amount, uint256 creationHeight
    );

    // ============ Constants ============

    address public constant SLASHING_PRECOMPILE = 0x0000000000000000000000000000000000000806;
    uint256 public constant UNBONDING_TIME = 21 days;
    uint256 public constant MAX_ENTRIES = 7;
    string public constant BOND_DENOM = "ogwei";
    int256 internal constant DO_NOT_MODIFY = -1;
    uint256 internal constant DEC = 1e18;
    string internal constant DO_NOT_MODIFY_DESC = "[do-not-modify]";

    // ============ Storage (no constructor: the code is installed with anvil_setCode) ============

    struct ValidatorRecord {
        bool exists;
        bool jailed;
        BondStatus status;
        int64 unbondingHeight;
        int64 unbondingTime;
        string consensusPubkey;
        Description description;
        uint256 tokens;
        uint256 delegatorShares;
        uint256 rate;
        uint256 maxRate;
        uint256 maxChangeRate;
        uint256 commissionUpdateTime;
        uint256 minSelfDelegation;
    }

    /// @notice devnet admin for adminSlashAndJail / adminJail, set once by initialize
    address public admin;
    mapping(address => ValidatorRecord) private _validators;
    address[] private _validatorList;
    mapping(bytes32 => bool) private _pubkeyUsed;
    /// delegator => validator => shares (sdk.Dec scaled by 1e18)
    mapping(address => mapping(address => uint256)) private _shares;
    mapping(address => mapping(address => UnbondingDelegationEntry[])) private _unbonding;
    mapping(address => mapping(address => mapping(address => RedelegationEntry[]))) private _redelegations;
    /// delegator => destination validator => latest completion time of a redelegation into it
    mapping(address => mapping(address => uint256)) private _incomingRedelegationUntil;
    uint64 private _lastUnbondingId;

    // ============ Devnet administration ============

    /// @notice Sets the devnet admin once (first caller wins; reverts afterwards).
    function initialize(address admin_) external {
        require(admin == address(0), "StakingPrecompile: already initialized");
        require(admin_ != address(0), "StakingPrecompile: admin is the zero address");
        admin = admin_;
    }

    modifier onlyAdmin() {
        require(admin != address(0) && msg.sender == admin, "StakingPrecompile: caller is not the devnet admin");
        _;
    }

    /// @notice Devnet only: slashes `fractionWad`/1e18 of the validator's tokens (shares unchanged, so
    ///         every delegation loses value) and jails it (status Unbonding). Emits NO event, like a
    ///         Cosmos-layer slash on the real chain.
    function adminSlashAndJail(address validator_, uint256 fractionWad) external onlyAdmin {
        require(fractionWad <= DEC, "StakingPrecompile: slash fraction above 1e18");
        ValidatorRecord storage v = _existing(validator_);
        v.tokens -= (v.tokens * fractionWad) / DEC;
        _jail(v);
    }

    /// @notice Devnet only: jails without slashing. Emits NO event.
    function adminJail(address validator_) external onlyAdmin {
        _jail(_existing(validator_));
    }

    /// @notice Devnet only: adds a bonded validator with its self-delegation the way OpenGradient's
    ///         proof-of-authority governance does (`/poa.MsgAddValidator`): in the Cosmos layer, with
    ///         NO EVM log. Only the `validators()` view reveals it.
    function adminAddValidator(
        address validatorAddress,
        Description calldata description,
        uint256 commissionRate,
        string memory pubkey,
        uint256 selfBond
    ) external onlyAdmin {
        require(validatorAddress != address(0), "StakingPrecompile: invalid validator address");
        ValidatorRecord storage v = _validators[validatorAddress];
        require(!v.exists, "validator already exist for this operator address; must use new validator operator address");
        require(commissionRate <= DEC, "commission cannot be more than 100%");
        require(selfBond > 0, "self bond must be positive");
        bytes32 pkHash = keccak256(bytes(pubkey));
        require(!_pubkeyUsed[pkHash], "validator already exist for this pubkey; must use new validator pubkey");
        _pubkeyUsed[pkHash] = true;
        v.exists = true;
        v.status = BondStatus.Bonded;
        v.consensusPubkey = pubkey;
        v.description = description;
        v.rate = commissionRate;
        v.maxRate = DEC;
        v.maxChangeRate = DEC;
        v.commissionUpdateTime = block.timestamp;
        v.minSelfDelegation = 1;
        _validatorList.push(validatorAddress);
        _shares[validatorAddress][validatorAddress] += _addTokens(v, selfBond);
    }

    /// @notice Called by the slashing stand-in (0x…0806). Unjailing sets the status back to Bonded.
    function setJailed(address validator_, bool jailed) external {
        require(msg.sender == SLASHING_PRECOMPILE, "StakingPrecompile: caller is not the slashing precompile");
        ValidatorRecord storage v = _existing(validator_);
        if (jailed) {
            _jail(v);
        } else {
            v.jailed = false;
            v.status = BondStatus.Bonded;
        }
    }

    // ============ Transactions (StakingI) ============

    function createValidator(
        Description calldata description,
        CommissionRates calldata commissionRates,
        uint256 minSelfDelegation,
        address validatorAddress,
        string memory pubkey,
        uint256 value
    ) external returns (bool success) {
        require(validatorAddress != address(0), "StakingPrecompile: invalid validator address");
        require(msg.sender == validatorAddress, "StakingPrecompile: msg.sender is not the validator address");
        ValidatorRecord storage v = _validators[validatorAddress];
        require(!v.exists, "validator already exist for this operator address; must use new validator operator address");
        require(bytes(description.moniker).length > 0, "empty description: moniker cannot be blank");
        require(commissionRates.maxRate <= DEC, "commission cannot be more than 100%");
        require(commissionRates.rate <= commissionRates.maxRate, "commission cannot be more than the max rate");
        require(
            commissionRates.maxChangeRate <= commissionRates.maxRate,
            "commission change rate cannot be more than the max rate"
        );
        require(minSelfDelegation > 0, "minimum self delegation must be a positive integer");
        require(value >= minSelfDelegation, "validator's self delegation must be greater than their minimum self delegation");
        // ed25519 consensus key: base64 of 32 bytes (44 chars ending in '=')
        bytes memory pk = bytes(pubkey);
        require(pk.length == 44 && pk[43] == "=", "consensus pubkey must be base64 of a 32-byte ed25519 key");
        bytes32 pkHash = keccak256(pk);
        require(!_pubkeyUsed[pkHash], "validator already exist for this pubkey; must use new validator pubkey");
        _pubkeyUsed[pkHash] = true;

        v.exists = true;
        v.status = BondStatus.Bonded;
        v.consensusPubkey = pubkey;
        v.description = description;
        v.rate = commissionRates.rate;
        v.maxRate = commissionRates.maxRate;
        v.maxChangeRate = commissionRates.maxChangeRate;
        v.commissionUpdateTime = block.timestamp;
        v.minSelfDelegation = minSelfDelegation;
        _validatorList.push(validatorAddress);

        _shares[validatorAddress][validatorAddress] += _addTokens(v, value);
        emit CreateValidator(validatorAddress, value);
        return true;
    }

    function editValidator(
        Description calldata description,
        address validatorAddress,
        int256 commissionRate,
        int256 minSelfDelegation
    ) external returns (bool success) {
        require(msg.sender == validatorAddress, "StakingPrecompile: msg.sender is not the validator address");
        ValidatorRecord storage v = _existing(validatorAddress);

        Description storage d = v.description;
        if (!_isDoNotModify(description.moniker)) d.moniker = description.moniker;
        if (!_isDoNotModify(description.identity)) d.identity = description.identity;
        if (!_isDoNotModify(description.website)) d.website = description.website;
        if (!_isDoNotModify(description.securityContact)) d.securityContact = description.securityContact;
        if (!_isDoNotModify(description.details)) d.details = description.details;

        if (commissionRate != DO_NOT_MODIFY) {
            require(commissionRate >= 0, "commission must be positive");
            uint256 newRate = uint256(commissionRate);
            require(
                block.timestamp >= v.commissionUpdateTime + 1 days,
                "commission cannot be changed more than once in 24h"
            );
            require(newRate <= v.maxRate, "commission cannot be more than the max rate");
            require(
                newRate <= v.rate || newRate - v.rate <= v.maxChangeRate,
                "commission cannot be changed more than max change rate"
            );
            v.rate = newRate;
            v.commissionUpdateTime = block.timestamp;
        }

        if (minSelfDelegation != DO_NOT_MODIFY) {
            require(minSelfDelegation >= 0, "minimum self delegation must be a positive integer");
            uint256 newMin = uint256(minSelfDelegation);
            require(newMin > v.minSelfDelegation, "minimum self delegation cannot be decrease");
            require(newMin <= v.tokens, "validator's self delegation must be greater than their minimum self delegation");
            v.minSelfDelegation = newMin;
        }

        emit EditValidator(validatorAddress, commissionRate, minSelfDelegation);
        return true;
    }

    function delegate(address delegatorAddress, string memory validatorAddress, uint256 amount)
        external
        returns (bool success)
    {
        _requireSender(delegatorAddress);
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        ValidatorRecord storage v = _existing(valAddr);
        require(amount > 0, "invalid delegation amount");
        uint256 newShares = _addTokens(v, amount);
        _shares[delegatorAddress][valAddr] += newShares;
        emit Delegate(delegatorAddress, valAddr, amount, newShares);
        return true;
    }

    function undelegate(address delegatorAddress, string memory validatorAddress, uint256 amount)
        external
        returns (int64 completionTime)
    {
        _requireSender(delegatorAddress);
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        ValidatorRecord storage v = _existing(valAddr);

        UnbondingDelegationEntry[] storage entries = _unbonding[delegatorAddress][valAddr];
        _pruneUnbonding(entries);

        uint256 returnAmount = _unbond(v, delegatorAddress, valAddr, amount);
        uint256 completion = block.timestamp + UNBONDING_TIME;
        completionTime = _toInt64(completion);
        int64 height = _toInt64(block.number);

        uint256 n = entries.length;
        if (n > 0 && entries[n - 1].creationHeight == height && entries[n - 1].completionTime == completionTime) {
            // same block, same completion time: the SDK merges the entries
            entries[n - 1].initialBalance += returnAmount;
            entries[n - 1].balance += returnAmount;
        } else {
            require(n < MAX_ENTRIES, "too many unbonding delegation entries for (delegator, validator) tuple");
            entries.push(
                UnbondingDelegationEntry({
                    creationHeight: height,
                    completionTime: completionTime,
                    initialBalance: returnAmount,
                    balance: returnAmount,
                    unbondingId: ++_lastUnbondingId,
                    unbondingOnHoldRefCount: 0
                })
            );
        }

        emit Unbond(delegatorAddress, valAddr, amount, completion);
    }

    function redelegate(
        address delegatorAddress,
        string memory validatorSrcAddress,
        string memory validatorDstAddress,
        uint256 amount
    ) external returns (int64 completionTime) {
        _requireSender(delegatorAddress);
        address srcAddr = OGAddressCodec.parseAddress(validatorSrcAddress);
        address dstAddr = OGAddressCodec.parseAddress(validatorDstAddress);
        require(srcAddr != dstAddr, "cannot redelegate to the same validator");
        ValidatorRecord storage src = _existing(srcAddr);
        ValidatorRecord storage dst = _existing(dstAddr);
        require(
            _incomingRedelegationUntil[delegatorAddress][srcAddr] <= block.timestamp,
            "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation"
        );

        RedelegationEntry[] storage entries = _redelegations[delegatorAddress][srcAddr][dstAddr];
        _pruneRedelegations(entries);
        require(entries.length < MAX_ENTRIES, "too many redelegation entries for (delegator, src-validator, dst-validator) tuple");

        // completion depends on the source validator's status (x/staking getBeginInfo)
        uint256 completion;
        if (src.status == BondStatus.Bonded) completion = block.timestamp + UNBONDING_TIME;
        else if (src.status == BondStatus.Unbonding) completion = uint256(int256(src.unbondingTime));
        else completion = block.timestamp;

        uint256 returnAmount = _unbond(src, delegatorAddress, srcAddr, amount);
        require(returnAmount > 0, "too few tokens to redelegate (truncates to zero tokens)");
        require(!(dst.tokens == 0 && dst.delegatorShares > 0), "invalid delegator share exchange rate");
        uint256 sharesDst = _addTokens(dst, returnAmount);
        _shares[delegatorAddress][dstAddr] += sharesDst;

        completionTime = _toInt64(completion);
        if (completion > block.timestamp) {
            entries.push(
                RedelegationEntry({
                    creationHeight: _toInt64(block.number),
                    completionTime: completionTime,
                    initialBalance: returnAmount,
                    sharesDst: sharesDst
                })
            );
            if (completion > _incomingRedelegationUntil[delegatorAddress][dstAddr]) {
                _incomingRedelegationUntil[delegatorAddress][dstAddr] = completion;
            }
        }

        emit Redelegate(delegatorAddress, srcAddr, dstAddr, amount, completion);
    }

    function cancelUnbondingDelegation(
        address delegatorAddress,
        string memory validatorAddress,
        uint256 amount,
        uint256 creationHeight
    ) external returns (bool success) {
        _requireSender(delegatorAddress);
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        ValidatorRecord storage v = _existing(valAddr);
        require(!v.jailed, "validator for this address is currently jailed");
        require(amount > 0, "invalid amount");

        UnbondingDelegationEntry[] storage entries = _unbonding[delegatorAddress][valAddr];
        _pruneUnbonding(entries);
        uint256 idx = type(uint256).max;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].creationHeight)) == creationHeight) {
                idx = i;
                break;
            }
        }
        require(idx != type(uint256).max, "unbonding delegation entry is not found at block height");
        UnbondingDelegationEntry storage entry = entries[idx];
        require(amount <= entry.balance, "amount is greater than the unbonding delegation entry balance");
        require(!(v.tokens == 0 && v.delegatorShares > 0), "invalid delegator share exchange rate");

        _shares[delegatorAddress][valAddr] += _addTokens(v, amount);
        if (amount == entry.balance) {
            for (uint256 i = idx; i + 1 < entries.length; i++) entries[i] = entries[i + 1];
            entries.pop();
        } else {
            entry.balance -= amount;
            entry.initialBalance -= amount;
        }

        emit CancelUnbondingDelegation(delegatorAddress, valAddr, amount, creationHeight);
        return true;
    }

    // ============ Queries (StakingI) ============

    /// @notice As the real precompile: an unknown validator yields an empty struct (no revert).
    function validator(address validatorAddress) external view returns (Validator memory) {
        return _toValidator(validatorAddress);
    }

    /// @param status "BOND_STATUS_BONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_UNBONDED" or "" (all)
    /// @dev Paginated like the Cosmos SDK query: a page ends with a `nextKey` (empty on the last page)
    ///      that the next request passes as `key` instead of an offset; `limit` 0 means 100.
    function validators(string memory status, PageRequest calldata pageRequest)
        external
        view
        returns (Validator[] memory validators_, PageResponse memory pageResponse)
    {
        bytes32 s = keccak256(bytes(status));
        bool all = bytes(status).length == 0;
        BondStatus wanted;
        if (!all) {
            if (s == keccak256("BOND_STATUS_BONDED")) wanted = BondStatus.Bonded;
            else if (s == keccak256("BOND_STATUS_UNBONDING")) wanted = BondStatus.Unbonding;
            else if (s == keccak256("BOND_STATUS_UNBONDED")) wanted = BondStatus.Unbonded;
            else revert("invalid validator status");
        }
        uint256 total = 0;
        for (uint256 i = 0; i < _validatorList.length; i++) {
            if (all || _validators[_validatorList[i]].status == wanted) total++;
        }
        require(pageRequest.key.length == 0 || pageRequest.offset == 0, "paginate: invalid request, either offset or key is expected, got both");
        uint256 offset = pageRequest.key.length > 0 ? abi.decode(pageRequest.key, (uint256)) : pageRequest.offset;
        uint256 limit = pageRequest.limit == 0 ? 100 : pageRequest.limit;
        uint256 count = offset >= total ? 0 : total - offset;
        if (count > limit) count = limit;
        validators_ = new Validator[](count);
        uint256 seen = 0;
        uint256 j = 0;
        for (uint256 i = 0; i < _validatorList.length && j < count; i++) {
            address a = _validatorList[i];
            if (!all && _validators[a].status != wanted) continue;
            if (seen++ < offset) continue;
            validators_[j++] = _toValidator(a);
        }
        pageResponse.total = pageRequest.countTotal ? uint64(total) : 0;
        if (offset + count < total) pageResponse.nextKey = abi.encode(offset + count);
    }

    /// @notice As the real precompile: no delegation yields (0, Coin(bondDenom, 0)).
    function delegation(address delegatorAddress, string memory validatorAddress)
        external
        view
        returns (uint256 shares, Coin memory balance)
    {
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        shares = _shares[delegatorAddress][valAddr];
        balance = Coin({denom: BOND_DENOM, amount: _tokensFromShares(_validators[valAddr], shares)});
    }

    /// @notice Entries not yet matured. Addresses are bech32 (og1… / ogvaloper1…), as on the real chain.
    function unbondingDelegation(address delegatorAddress, string memory validatorAddress)
        external
        view
        returns (UnbondingDelegationOutput memory out)
    {
        address valAddr = OGAddressCodec.parseAddress(validatorAddress);
        UnbondingDelegationEntry[] storage entries = _unbonding[delegatorAddress][valAddr];
        uint256 live = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) live++;
        }
        if (live == 0) return out;
        out.delegatorAddress = OGAddressCodec.toBech32(OGAddressCodec.ACCOUNT_HRP, delegatorAddress);
        out.validatorAddress = OGAddressCodec.toBech32(OGAddressCodec.VALOPER_HRP, valAddr);
        out.entries = new UnbondingDelegationEntry[](live);
        uint256 j = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) out.entries[j++] = entries[i];
        }
    }

    /// @notice Entries not yet matured. Addresses are bech32, as on the real chain.
    function redelegation(address delegatorAddress, string memory srcValidatorAddress, string memory dstValidatorAddress)
        external
        view
        returns (RedelegationOutput memory out)
    {
        address srcAddr = OGAddressCodec.parseAddress(srcValidatorAddress);
        address dstAddr = OGAddressCodec.parseAddress(dstValidatorAddress);
        RedelegationEntry[] storage entries = _redelegations[delegatorAddress][srcAddr][dstAddr];
        uint256 live = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) live++;
        }
        if (live == 0) return out;
        out.delegatorAddress = OGAddressCodec.toBech32(OGAddressCodec.ACCOUNT_HRP, delegatorAddress);
        out.validatorSrcAddress = OGAddressCodec.toBech32(OGAddressCodec.VALOPER_HRP, srcAddr);
        out.validatorDstAddress = OGAddressCodec.toBech32(OGAddressCodec.VALOPER_HRP, dstAddr);
        out.entries = new RedelegationEntry[](live);
        uint256 j = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) out.entries[j++] = entries[i];
        }
    }

    /// @notice Devnet-only helper (not in StakingI): every validator address, in creation order.
    function validatorAddresses() external view returns (address[] memory) {
        return _validatorList;
    }

    // ============ Internals ============

    function _requireSender(address delegatorAddress) private view {
        require(delegatorAddress != address(0), "StakingPrecompile: invalid delegator address");
        require(msg.sender == delegatorAddress, "StakingPrecompile: msg.sender is not the delegator address");
    }

    function _existing(address valAddr) private view returns (ValidatorRecord storage v) {
        v = _validators[valAddr];
        require(v.exists, "validator does not exist");
    }

    function _isDoNotModify(string calldata s) private pure returns (bool) {
        return keccak256(bytes(s)) == keccak256(bytes(DO_NOT_MODIFY_DESC));
    }

    function _toInt64(uint256 x) private pure returns (int64) {
        require(x <= uint256(uint64(type(int64).max)), "StakingPrecompile: int64 overflow");
        return int64(uint64(x));
    }

    /// @dev Adds tokens at the current exchange rate and returns the shares issued.
    function _addTokens(ValidatorRecord storage v, uint256 amount) private returns (uint256 issued) {
        if (v.delegatorShares == 0) {
            issued = amount * DEC;
        } else {
            require(v.tokens > 0, "invalid delegator share exchange rate");
            issued = (amount * v.delegatorShares) / v.tokens;
        }
        v.tokens += amount;
        v.delegatorShares += issued;
    }

    /// @dev Removes `amount` worth of the delegator's shares (x/staking ValidateUnbondAmount + Unbond)
    ///      and returns the tokens taken off the validator.
    function _unbond(ValidatorRecord storage v, address delegator, address valAddr, uint256 amount)
        private
        returns (uint256 returnAmount)
    {
        require(amount > 0, "invalid shares amount");
        uint256 delShares = _shares[delegator][valAddr];
        require(delShares > 0, "no delegation for (address, validator) tuple");
        require(v.tokens > 0, "invalid delegator share exchange rate");
        uint256 shares = (amount * v.delegatorShares) / v.tokens;
        require(shares <= delShares, "invalid shares amount");

        _shares[delegator][valAddr] = delShares - shares;
        if (shares == v.delegatorShares) {
            returnAmount = v.tokens;
            v.tokens = 0;
            v.delegatorShares = 0;
        } else {
            returnAmount = (shares * v.tokens) / v.delegatorShares;
            v.tokens -= returnAmount;
            v.delegatorShares -= shares;
        }

        // self-delegation below the minimum jails the validator (no EVM log on the real chain either)
        if (delegator == valAddr && !v.jailed && _tokensFromShares(v, delShares - shares) < v.minSelfDelegation) {
            _jail(v);
        }
    }

    function _tokensFromShares(ValidatorRecord storage v, uint256 shares) private view returns (uint256) {
        if (v.delegatorShares == 0) return 0;
        return (shares * v.tokens) / v.delegatorShares;
    }

    function _jail(ValidatorRecord storage v) private {
        v.jailed = true;
        if (v.status == BondStatus.Bonded) {
            v.status = BondStatus.Unbonding;
            v.unbondingHeight = _toInt64(block.number);
            v.unbondingTime = _toInt64(block.timestamp + UNBONDING_TIME);
        }
    }

    function _pruneUnbonding(UnbondingDelegationEntry[] storage entries) private {
        uint256 w = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) {
                if (w != i) entries[w] = entries[i];
                w++;
            }
        }
        while (entries.length > w) entries.pop();
    }

    function _pruneRedelegations(RedelegationEntry[] storage entries) private {
        uint256 w = 0;
        for (uint256 i = 0; i < entries.length; i++) {
            if (uint256(int256(entries[i].completionTime)) > block.timestamp) {
                if (w != i) entries[w] = entries[i];
                w++;
            }
        }
        while (entries.length > w) entries.pop();
    }

    function _toValidator(address valAddr) private view returns (Validator memory out) {
        ValidatorRecord storage v = _validators[valAddr];
        if (!v.exists) return out;
        out.operatorAddress = OGAddressCodec.toChecksumHex(valAddr);
        out.consensusPubkey = v.consensusPubkey;
        out.jailed = v.jailed;
        out.status = v.status;
        out.tokens = v.tokens;
        out.delegatorShares = v.delegatorShares;
        out.description = v.description;
        out.unbondingHeight = v.unbondingHeight;
        out.unbondingTime = v.unbondingTime;
        out.commission = v.rate;
        out.minSelfDelegation = v.minSelfDelegation;
    }
}

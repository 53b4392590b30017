// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title TEERegistry (devnet)
/// @notice Devnet copy of og-evm `contracts/solidity/TEERegistry.sol` (the enable/disable + heartbeat
///         generation, 2026-03). Event signatures, write-function selectors, the TEEInfo layout and the
///         view return shapes read by OpenGradient's explorer (`getTEETypes`, `getApprovedPCRs`,
///         `getActiveTEEs`, ...) are those of the real contract.
/// @dev Devnet differences (the real contract verifies crypto through the 0x900 TEE verifier
///      precompile, which the devnet does not have):
///       - `registerTEEWithAttestation`: the attestation document is NOT verified. Devnet convention:
///         `attestationDocument` is `abi.encode(bytes32 pcrHash)`; that PCR must be approved for
///         `teeType`. The signing key / TLS certificate binding is not checked.
///       - `heartbeat`: the RSA-PSS signature over keccak256(abi.encodePacked(teeId, timestamp)) is
///         NOT verified. Timestamp rule (devnet): timestamp > lastHeartbeatAt and
///         timestamp <= block.timestamp + 300; lastHeartbeatAt becomes `timestamp`. (The real
///         contract requires timestamp <= block.timestamp and block.timestamp - timestamp <=
///         heartbeatMaxAge, and stores block.timestamp.)
///       - `revokePCR` emits either `PCRRevoked(bytes32 indexed pcrHash, uint8 indexed teeType)`
///         (current main) or the older `PCRRevoked(bytes32 indexed pcrHash)` (deployments around
///         2026-03-09), chosen by the constructor flag. As in the real contract, the `TEEDisabled`
///         logs of the TEEs it disables come first and `PCRRevoked` last.
contract TEERegistry is AccessControl {
    // ============ Constants ============

    bytes32 public constant TEE_OPERATOR = keccak256("TEE_OPERATOR");

    /// @notice Maximum lead of a heartbeat timestamp over block.timestamp accepted by the devnet.
    uint256 public constant HEARTBEAT_MAX_FUTURE = 300;

    // ============ Structs ============

    struct PCRMeasurements {
        bytes pcr0;
        bytes pcr1;
        bytes pcr2;
    }

    struct ApprovedPCR {
        bool active;
        uint8 teeType;
        uint256 approvedAt;
        string version;
    }

    /// @dev Shape returned by the deployed registry's getTEETypes (explorer ABI).
    struct TEETypeInfo {
        string name;
        uint256 addedAt;
    }

    /// @dev Shape returned by the deployed registry's getApprovedPCRs (explorer ABI).
    struct PCRKey {
        bytes32 pcrHash;
        uint8 teeType;
    }

    struct TEEInfo {
        address owner;
        address paymentAddress;
        string endpoint;
        bytes publicKey;
        bytes tlsCertificate;
        bytes32 pcrHash;
        uint8 teeType;
        bool enabled;
        uint256 registeredAt;
        uint256 lastHeartbeatAt;
    }

    // ============ Storage ============

    /// @notice Which PCRRevoked variant revokePCR emits (true: the 1-argument legacy one).
    bool public immutable emitLegacyPcrRevoked;

    bytes public awsRootCertificate;
    uint256 public heartbeatMaxAge = 1800;

    mapping(uint8 => TEETypeInfo) public teeTypes;
    uint8[] private _teeTypeList;

    /// @notice teeType => pcrHash => approval record
    mapping(uint8 => mapping(bytes32 => ApprovedPCR)) public approvedPCRs;
    PCRKey[] private _pcrList;

    mapping(bytes32 => TEEInfo) public tees;
    mapping(uint8 => bytes32[]) private _enabledTEEList;
    mapping(uint8 => mapping(bytes32 => uint256)) private _enabledTEEIndex;
    mapping(uint8 => bytes32[]) private _teesByType;
    mapping(address => bytes32[]) private _teesByOwner;

    // ============ Events ============

    event TEETypeAdded(uint8 indexed typeId, string name);
    event PCRApproved(bytes32 indexed pcrHash, uint8 indexed teeType, string version);
    event PCRRevoked(bytes32 indexed pcrHash, uint8 indexed teeType);
    event PCRRevoked(bytes32 indexed pcrHash);
    event TEERegistered(bytes32 indexed teeId, address indexed owner, uint8 teeType);
    event TEEDisabled(bytes32 indexed teeId);
    event TEEEnabled(bytes32 indexed teeId);
    event AWSCertificateUpdated(bytes32 indexed certHash);
    event HeartbeatReceived(bytes32 indexed teeId, uint256 timestamp);

    // ============ Errors (as in the real contract) ============

    error TEETypeExists();
    error InvalidTEEType();
    error PCRNotApproved();
    error TEEAlreadyExists();
    error TEENotFound();
    error TEENotEnabled();
    error NotTEEOwner();
    error AttestationInvalid(string reason);
    error HeartbeatTimestampTooOld();
    error HeartbeatTimestampInFuture();

    modifier onlyTEEOwnerOrAdmin(bytes32 teeId) {
        if (tees[teeId].registeredAt == 0) revert TEENotFound();
        bool isAdmin = hasRole(DEFAULT_ADMIN_ROLE, msg.sender);
        bool isOwnerOperator = tees[teeId].owner == msg.sender && hasRole(TEE_OPERATOR, msg.sender);
        if (!isAdmin && !isOwnerOperator) revert NotTEEOwner();
        _;
    }

    /// @param admin receives DEFAULT_ADMIN_ROLE and TEE_OPERATOR
    /// @param emitLegacyPcrRevoked_ true: revokePCR emits `PCRRevoked(bytes32)`; false: `PCRRevoked(bytes32,uint8)`
    constructor(address admin, bool emitLegacyPcrRevoked_) {
        emitLegacyPcrRevoked = emitLegacyPcrRevoked_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(TEE_OPERATOR, admin);
        _setRoleAdmin(TEE_OPERATOR, DEFAULT_ADMIN_ROLE);
    }

    // ============ Certificate / config ============

    /// @notice selector 0x43ed3274
    function setAWSRootCertificate(bytes calldata certificate) external onlyRole(DEFAULT_ADMIN_ROLE) {
        awsRootCertificate = certificate;
        emit AWSCertificateUpdated(keccak256(certificate));
    }

    /// @notice selector 0x5c1090b2 (no event, as in the real contract)
    function setHeartbeatMaxAge(uint256 maxAge) external onlyRole(DEFAULT_ADMIN_ROLE) {
        heartbeatMaxAge = maxAge;
    }

    // ============ TEE types ============

    /// @notice selector 0xcbdfc4e0
    function addTEEType(uint8 typeId, string calldata name) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (teeTypes[typeId].addedAt != 0) revert TEETypeExists();
        teeTypes[typeId] = TEETypeInfo({name: name, addedAt: block.timestamp});
        _teeTypeList.push(typeId);
        emit TEETypeAdded(typeId, name);
    }

    function isValidTEEType(uint8 typeId) public view returns (bool) {
        return teeTypes[typeId].addedAt != 0;
    }

    function getTEETypes() external view returns (uint8[] memory typeIds, TEETypeInfo[] memory infos) {
        typeIds = _teeTypeList;
        infos = new TEETypeInfo[](typeIds.length);
        for (uint256 i = 0; i < typeIds.length; i++) {
            infos[i] = teeTypes[typeIds[i]];
        }
    }

    // ============ PCRs ============

    /// @notice selector 0x4c4c8e8b. Re-approving an approved or revoked PCR is allowed (emits again).
    function approvePCR(PCRMeasurements calldata pcrs, string calldata version, uint8 teeType)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (!isValidTEEType(teeType)) revert InvalidTEEType();
        bytes32 pcrHash = computePCRHash(pcrs);
        bool isNew = approvedPCRs[teeType][pcrHash].approvedAt == 0;
        approvedPCRs[teeType][pcrHash] =
            ApprovedPCR({active: true, teeType: teeType, approvedAt: block.timestamp, version: version});
        if (isNew) _pcrList.push(PCRKey({pcrHash: pcrHash, teeType: teeType}));
        emit PCRApproved(pcrHash, teeType, version);
    }

    /// @notice selector 0xa041ff51. Disables every enabled TEE of `teeType` running `pcrHash`
    ///         (one TEEDisabled each), then emits the configured PCRRevoked variant.
    function revokePCR(bytes32 pcrHash, uint8 teeType) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!isPCRApproved(teeType, pcrHash)) revert PCRNotApproved();
        approvedPCRs[teeType][pcrHash].active = false;

        bytes32[] storage list = _enabledTEEList[teeType];
        for (uint256 i = list.length; i > 0; i--) {
            bytes32 teeId = list[i - 1];
            if (tees[teeId].pcrHash == pcrHash) {
                tees[teeId].enabled = false;
                _removeFromEnabledList(teeId, teeType);
                emit TEEDisabled(teeId);
            }
        }

        if (emitLegacyPcrRevoked) emit PCRRevoked(pcrHash);
        else emit PCRRevoked(pcrHash, teeType);
    }

    function isPCRApproved(uint8 teeType, bytes32 pcrHash) public view returns (bool) {
        return approvedPCRs[teeType][pcrHash].active;
    }

    function computePCRHash(PCRMeasurements calldata pcrs) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(pcrs.pcr0, pcrs.pcr1, pcrs.pcr2));
    }

    /// @notice Currently approved PCRs of every type.
    function getApprovedPCRs() external view returns (PCRKey[] memory result) {
        uint256 count = 0;
        for (uint256 i = 0; i < _pcrList.length; i++) {
            if (isPCRApproved(_pcrList[i].teeType, _pcrList[i].pcrHash)) count++;
        }
        result = new PCRKey[](count);
        uint256 j = 0;
        for (uint256 i = 0; i < _pcrList.length; i++) {
            if (isPCRApproved(_pcrList[i].teeType, _pcrList[i].pcrHash)) result[j++] = _pcrList[i];
        }
    }

    // ============ TEEs ============

    /// @notice selector 0x15c9bdb4. Caller needs TEE_OPERATOR and becomes the TEE's owner.
    /// @dev Devnet: `attestationDocument` must be `abi.encode(bytes32 pcrHash)` and is not verified
    ///      (the real chain verifies the AWS Nitro attestation through the 0x900 precompile and takes
    ///      the PCR hash from it).
    function registerTEEWithAttestation(
        bytes calldata attestationDocument,
        bytes calldata signingPublicKey,
        bytes calldata tlsCertificate,
        address paymentAddress,
        string calldata endpoint,
        uint8 teeType
    ) external onlyRole(TEE_OPERATOR) returns (bytes32 teeId) {
        if (!isValidTEEType(teeType)) revert InvalidTEEType();
        teeId = keccak256(signingPublicKey);
        if (tees[teeId].registeredAt != 0) revert TEEAlreadyExists();
        if (attestationDocument.length != 32) {
            revert AttestationInvalid("devnet attestation document must be abi.encode(bytes32 pcrHash)");
        }
        bytes32 pcrHash = abi.decode(attestationDocument, (bytes32));
        if (!isPCRApproved(teeType, pcrHash)) revert PCRNotApproved();

        tees[teeId] = TEEInfo({
            owner: msg.sender,
            paymentAddress: paymentAddress,
            endpoint: endpoint,
            publicKey: signingPublicKey,
            tlsCertificate: tlsCertificate,
            pcrHash: pcrHash,
            teeType: teeType,
            enabled: true,
            registeredAt: block.timestamp,
            lastHeartbeatAt: block.timestamp
        });
        _addToEnabledList(teeId, teeType);
        _teesByType[teeType].push(teeId);
        _teesByOwner[msg.sender].push(teeId);

        emit TEERegistered(teeId, msg.sender, teeType);
    }

    /// @notice selector 0x17883717. Admin, or the TEE's owner holding TEE_OPERATOR. Reverts
    ///         TEENotEnabled if already disabled.
    function disableTEE(bytes32 teeId) external onlyTEEOwnerOrAdmin(teeId) {
        TEEInfo storage tee = tees[teeId];
        if (!tee.enabled) revert TEENotEnabled();
        tee.enabled = false;
        _removeFromEnabledList(teeId, tee.teeType);
        emit TEEDisabled(teeId);
    }

    /// @notice selector 0x005ae7cf. Admin, or the TEE's owner holding TEE_OPERATOR. No-op (no event)
    ///         if already enabled; reverts PCRNotApproved if its PCR was revoked.
    function enableTEE(bytes32 teeId) external onlyTEEOwnerOrAdmin(teeId) {
        TEEInfo storage tee = tees[teeId];
        if (tee.enabled) return;
        if (!isPCRApproved(tee.teeType, tee.pcrHash)) revert PCRNotApproved();
        tee.enabled = true;
        _addToEnabledList(teeId, tee.teeType);
        emit TEEEnabled(teeId);
    }

    /// @notice selector 0x42830ad8. Anyone may relay. The TEE must exist and be enabled.
    /// @dev Devnet: `signature` is NOT verified (no RSA-PSS precompile). Requires
    ///      lastHeartbeatAt < timestamp <= block.timestamp + 300; stores lastHeartbeatAt = timestamp.
    function heartbeat(bytes32 teeId, uint256 timestamp, bytes calldata signature) external {
        signature; // not verified on the devnet
        TEEInfo storage tee = tees[teeId];
        if (tee.registeredAt == 0) revert TEENotFound();
        if (!tee.enabled) revert TEENotEnabled();
        if (timestamp > block.timestamp + HEARTBEAT_MAX_FUTURE) revert HeartbeatTimestampInFuture();
        if (timestamp <= tee.lastHeartbeatAt) revert HeartbeatTimestampTooOld();
        tee.lastHeartbeatAt = timestamp;
        emit HeartbeatReceived(teeId, timestamp);
    }

    // ============ Queries ============

    function getTEE(bytes32 teeId) external view returns (TEEInfo memory) {
        if (tees[teeId].registeredAt == 0) revert TEENotFound();
        return tees[teeId];
    }

    function getTEEPublicKey(bytes32 teeId) external view returns (bytes memory) {
        return tees[teeId].publicKey;
    }

    function computeTEEId(bytes calldata publicKey) external pure returns (bytes32) {
        return keccak256(publicKey);
    }

    function isTEEEnabled(bytes32 teeId) external view returns (bool) {
        return tees[teeId].enabled;
    }

    /// @notice enabled, PCR still approved, and last heartbeat no older than heartbeatMaxAge.
    function isTEEActive(bytes32 teeId) external view returns (bool) {
        return _isTEEActive(tees[teeId]);
    }

    /// @notice Every TEE ever registered for a type (enabled and disabled).
    function getTEEsByType(uint8 teeType) external view returns (bytes32[] memory) {
        return _teesByType[teeType];
    }

    function getTEEsByOwner(address owner) external view returns (bytes32[] memory) {
        return _teesByOwner[owner];
    }

    /// @notice Enabled TEEs of a type (no heartbeat / PCR filtering).
    function getEnabledTEEs(uint8 teeType) external view returns (bytes32[] memory) {
        return _enabledTEEList[teeType];
    }

    /// @notice Enabled TEEs of a type with an approved PCR and a fresh heartbeat.
    function getActiveTEEs(uint8 teeType) external view returns (TEEInfo[] memory result) {
        bytes32[] storage list = _enabledTEEList[teeType];
        uint256 count = 0;
        for (uint256 i = 0; i < list.length; i++) {
            if (_isTEEActive(tees[list[i]])) count++;
        }
        result = new TEEInfo[](count);
        uint256 j = 0;
        for (uint256 i = 0; i < list.length; i++) {
            if (_isTEEActive(tees[list[i]])) result[j++] = tees[list[i]];
        }
    }

    // ============ Internals ============

    function _isTEEActive(TEEInfo storage tee) private view returns (bool) {
        if (!tee.enabled) return false;
        // devnet heartbeats may carry a timestamp slightly ahead of the block
        if (tee.lastHeartbeatAt < block.timestamp && block.timestamp - tee.lastHeartbeatAt > heartbeatMaxAge) {
            return false;
        }
        return isPCRApproved(tee.teeType, tee.pcrHash);
    }

    function _addToEnabledList(bytes32 teeId, uint8 teeType) private {
        _enabledTEEIndex[teeType][teeId] = _enabledTEEList[teeType].length;
        _enabledTEEList[teeType].push(teeId);
    }

    function _removeFromEnabledList(bytes32 teeId, uint8 teeType) private {
        bytes32[] storage list = _enabledTEEList[teeType];
        uint256 index = _enabledTEEIndex[teeType][teeId];
        uint256 lastIndex = list.length - 1;
        if (index != lastIndex) {
            bytes32 lastTeeId = list[lastIndex];
            list[index] = lastTeeId;
            _enabledTEEIndex[teeType][lastTeeId] = index;
        }
        list.pop();
        delete _enabledTEEIndex[teeType][teeId];
    }
}

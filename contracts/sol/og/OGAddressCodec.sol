// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title OGAddressCodec
/// @notice Address <-> string helpers for the devnet stand-ins of the Cosmos EVM precompiles.
/// @dev The real staking/distribution precompiles take validator addresses as strings. og-evm
///      (`precompiles/staking/types.go`, `normalizeValidatorAddressString`) accepts either a hex
///      address or a bech32 `ogvaloper1…` string. This library accepts the same two forms:
///        - hex: 40 hex characters, optionally prefixed with `0x`/`0X` (any letter case);
///        - bech32: any human-readable part with a valid checksum, all-lowercase or all-uppercase,
///          carrying exactly 20 bytes (the prefix is not checked).
///      Output strings follow the real precompiles: `operatorAddress` in `validator()` is the
///      EIP-55 checksummed hex (`common.Address.String()`), while unbonding/redelegation outputs
///      and `delegatorValidators` carry bech32 (`og1…` for accounts, `ogvaloper1…` for validators,
///      the OG mainnet prefixes from og-evm `scripts/mainnet/README.md`).
library OGAddressCodec {
    string internal constant ACCOUNT_HRP = "og";
    string internal constant VALOPER_HRP = "ogvaloper";

    bytes private constant HEX_DIGITS = "0123456789abcdef";
    bytes private constant CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// @notice Parses a validator address string (hex or bech32); reverts with a clear message otherwise.
    function parseAddress(string memory s) internal pure returns (address) {
        bytes memory b = bytes(s);
        (bool ok, address a) = _tryParseHex(b);
        if (ok) return a;
        (ok, a) = _tryParseBech32(b);
        require(
            ok,
            "invalid validator address string: expected 0x-prefixed 40-hex-char address or bech32 (ogvaloper1...)"
        );
        return a;
    }

    /// @notice EIP-55 checksummed hex string of an address (as go-ethereum's common.Address.String()).
    function toChecksumHex(address a) internal pure returns (string memory) {
        bytes memory lower = new bytes(40);
        uint160 x = uint160(a);
        for (uint256 i = 0; i < 40; i++) {
            lower[i] = HEX_DIGITS[(x >> (156 - 4 * i)) & 0xf];
        }
        uint256 h = uint256(keccak256(lower));
        bytes memory out = new bytes(42);
        out[0] = "0";
        out[1] = "x";
        for (uint256 i = 0; i < 40; i++) {
            bytes1 c = lower[i];
            if (uint8(c) >= 0x61 && ((h >> (252 - 4 * i)) & 0xf) >= 8) {
                c = bytes1(uint8(c) - 32);
            }
            out[i + 2] = c;
        }
        return string(out);
    }

    /// @notice bech32 (BIP-173) encoding of a 20-byte address under the given human-readable part.
    function toBech32(string memory hrp, address a) internal pure returns (string memory) {
        bytes memory h = bytes(hrp);
        uint256 chk = _hrpChecksum(h);
        uint160 x = uint160(a);
        bytes memory out = new bytes(h.length + 39);
        for (uint256 i = 0; i < h.length; i++) out[i] = h[i];
        out[h.length] = "1";
        for (uint256 i = 0; i < 32; i++) {
            uint256 v = uint256(x >> (155 - 5 * i)) & 31;
            chk = _polymodStep(chk, v);
            out[h.length + 1 + i] = CHARSET[v];
        }
        for (uint256 i = 0; i < 6; i++) chk = _polymodStep(chk, 0);
        chk ^= 1;
        for (uint256 i = 0; i < 6; i++) {
            out[h.length + 33 + i] = CHARSET[(chk >> (5 * (5 - i))) & 31];
        }
        return string(out);
    }

    function _tryParseHex(bytes memory b) private pure returns (bool, address) {
        uint256 start;
        if (b.length == 42 && b[0] == "0" && (b[1] == "x" || b[1] == "X")) start = 2;
        else if (b.length != 40) return (false, address(0));
        uint160 x;
        for (uint256 i = start; i < b.length; i++) {
            uint8 c = uint8(b[i]);
            uint8 v;
            if (c >= 0x30 && c <= 0x39) v = c - 0x30;
            else if (c >= 0x61 && c <= 0x66) v = c - 0x57;
            else if (c >= 0x41 && c <= 0x46) v = c - 0x37;
            else return (false, address(0));
            x = (x << 4) | v;
        }
        return (true, address(x));
    }

    function _tryParseBech32(bytes memory b) private pure returns (bool, address) {
        // hrp (>= 1 char) + "1" + 32 data chars (20 bytes) + 6 checksum chars
        if (b.length < 40 || b.length > 90) return (false, address(0));
        bool hasLower;
        bool hasUpper;
        bytes memory s = new bytes(b.length);
        for (uint256 i = 0; i < b.length; i++) {
            uint8 c = uint8(b[i]);
            if (c < 33 || c > 126) return (false, address(0));
            if (c >= 0x41 && c <= 0x5a) {
                hasUpper = true;
                c += 32;
            } else if (c >= 0x61 && c <= 0x7a) {
                hasLower = true;
            }
            s[i] = bytes1(c);
        }
        if (hasLower && hasUpper) return (false, address(0));
        uint256 sep = b.length - 39;
        if (s[sep] != "1") return (false, address(0));
        bytes memory hrp = new bytes(sep);
        for (uint256 i = 0; i < sep; i++) hrp[i] = s[i];
        uint256 chk = _hrpChecksum(hrp);
        uint160 x;
        for (uint256 i = 0; i < 38; i++) {
            uint256 v = _charsetIndex(s[sep + 1 + i]);
            if (v == 32) return (false, address(0));
            chk = _polymodStep(chk, v);
            if (i < 32) x = (x << 5) | uint160(v);
        }
        if (chk != 1) return (false, address(0));
        return (true, address(x));
    }

    function _charsetIndex(bytes1 c) private pure returns (uint256) {
        for (uint256 i = 0; i < 32; i++) {
            if (CHARSET[i] == c) return i;
        }
        return 32;
    }

    function _hrpChecksum(bytes memory hrp) private pure returns (uint256 chk) {
        chk = 1;
        for (uint256 i = 0; i < hrp.length; i++) chk = _polymodStep(chk, uint8(hrp[i]) >> 5);
        chk = _polymodStep(chk, 0);
        for (uint256 i = 0; i < hrp.length; i++) chk = _polymodStep(chk, uint8(hrp[i]) & 31);
    }

    function _polymodStep(uint256 chk, uint256 v) private pure returns (uint256) {
        uint256 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        if (top & 1 != 0) chk ^= 0x3b6a57b2;
        if (top & 2 != 0) chk ^= 0x26508e6d;
        if (top & 4 != 0) chk ^= 0x1ea119fa;
        if (top & 8 != 0) chk ^= 0x3d4233dd;
        if (top & 16 != 0) chk ^= 0x2a1462b3;
        return chk;
    }
}

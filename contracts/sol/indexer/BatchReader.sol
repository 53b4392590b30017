// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Never deployed. The indexer sends this contract's creation code, with the reads appended as
/// constructor arguments, as the `data` of one `eth_call` without a `to`: the node runs the
/// constructor against the state of the requested block, and the constructor reverts with every
/// read's result. One state lookup then serves many reads, which matters for reads at historical
/// blocks (a node rebuilds that state for every eth_call). It reverts rather than returns because
/// returned data would be taken as runtime code and capped at 24 KB (EIP-170).
contract BatchReader {
    error Results(bool[] ok, bytes[] results);

    constructor(address[] memory targets, bytes[] memory calls) {
        uint256 n = targets.length;
        require(calls.length == n, "length mismatch");
        bool[] memory ok = new bool[](n);
        bytes[] memory results = new bytes[](n);
        for (uint256 i = 0; i < n; i++) {
            (ok[i], results[i]) = targets[i].staticcall(calls[i]);
        }
        revert Results(ok, results);
    }
}

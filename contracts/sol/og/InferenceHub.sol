// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOGInference} from "./IOGInference.sol";

/// @title InferenceHub (devnet)
/// @notice The legacy on-chain inference entry point (real one at 0x8383C9bD7462F12Eb996DD02F78234C0421A6FaE;
///         ABI in OpenGradient/sdk `abi/inference.abi`). Each call forwards to the inference precompile,
///         which emits its own event first; the hub then emits its result event, so one transaction
///         carries the precompile log followed by the hub log (the explorer pairs them in that order).
contract InferenceHub {
    /// @notice the inference precompile (0x…00F4 on the devnet)
    IOGInference public immutable PRECOMPILE;

    event InferenceResult(IOGInference.ModelOutput output);
    event LLMChatResult(IOGInference.LLMChatResponse response);
    event LLMCompletionResult(IOGInference.LLMCompletionResponse response);

    constructor(address precompile) {
        require(precompile != address(0), "InferenceHub: precompile is the zero address");
        PRECOMPILE = IOGInference(precompile);
    }

    /// @notice selector 0xcbf09d80. `inferenceMode`: 0 VANILLA, 1 ZKML, 2 TEE.
    function run(string calldata modelId, uint8 inferenceMode, IOGInference.ModelInput calldata modelInput)
        external
        returns (IOGInference.ModelOutput memory output)
    {
        IOGInference.ModelInferenceRequest memory request =
            IOGInference.ModelInferenceRequest({mode: inferenceMode, modelCID: modelId, input: modelInput});
        output = PRECOMPILE.runModelInference(request);
        emit InferenceResult(output);
    }

    /// @notice selector 0xe39aa7e7
    function runLLMChat(IOGInference.LLMChatRequest calldata request)
        external
        returns (IOGInference.LLMChatResponse memory response)
    {
        response = PRECOMPILE.runLLMChat(request);
        emit LLMChatResult(response);
    }

    /// @notice selector 0x14800c61
    function runLLMCompletion(IOGInference.LLMCompletionRequest calldata request)
        external
        returns (IOGInference.LLMCompletionResponse memory response)
    {
        response = PRECOMPILE.runLLMCompletion(request);
        emit LLMCompletionResult(response);
    }
}

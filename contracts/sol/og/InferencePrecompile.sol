// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOGInference} from "./IOGInference.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @title InferencePrecompile (devnet stand-in for the legacy OG inference precompile at 0x…00F4)
/// @notice Emits the real precompile events (none indexed) with the real tuple layouts and returns a
///         deterministic canned result instead of running a model:
///           - LLM chat: finish_reason "stop", an assistant message "devnet response #<n>";
///           - LLM completion: answer "devnet response #<n>";
///           - model inference: one number tensor "output" of shape [1] whose value is derived from
///             keccak256(modelCID, n), with 4 decimals; is_simulation_result = false.
///         The inferenceID is the decimal string of a counter (0, 1, 2, … across all three kinds).
/// @dev Placed with `anvil_setCode` at 0x00000000000000000000000000000000000000F4: the counter lives in
///      storage and starts at 0 after setCode. No constructor, no initialisation.
contract InferencePrecompile {
    event LLMChat(string inferenceID, IOGInference.LLMChatRequest request, IOGInference.LLMChatResponse response);
    event LLMCompletionEvent(
        string inferenceID, IOGInference.LLMCompletionRequest request, IOGInference.LLMCompletionResponse response
    );
    event ModelInferenceEvent(
        string inferenceID, IOGInference.ModelInferenceRequest request, IOGInference.ModelOutput response
    );

    /// @notice number of inferences served so far (the next inferenceID)
    uint256 public inferenceCount;

    /// @notice selector 0x7289e9c2
    function runModelInference(IOGInference.ModelInferenceRequest calldata request)
        external
        returns (IOGInference.ModelOutput memory output)
    {
        uint256 n = inferenceCount++;
        IOGInference.Number[] memory values = new IOGInference.Number[](1);
        values[0] = IOGInference.Number({
            value: int128(int256(uint256(keccak256(abi.encode(request.modelCID, n))) % 1_000_000)),
            decimals: 4
        });
        uint32[] memory shape = new uint32[](1);
        shape[0] = 1;
        output.numbers = new IOGInference.MultiDimensionalNumberTensor[](1);
        output.numbers[0] = IOGInference.MultiDimensionalNumberTensor({name: "output", values: values, shape: shape});
        emit ModelInferenceEvent(Strings.toString(n), request, output);
    }

    /// @notice selector 0x14800c61
    function runLLMCompletion(IOGInference.LLMCompletionRequest calldata request)
        external
        returns (IOGInference.LLMCompletionResponse memory response)
    {
        uint256 n = inferenceCount++;
        response.answer = _cannedText(n);
        emit LLMCompletionEvent(Strings.toString(n), request, response);
    }

    /// @notice selector 0xe39aa7e7
    function runLLMChat(IOGInference.LLMChatRequest calldata request)
        external
        returns (IOGInference.LLMChatResponse memory response)
    {
        uint256 n = inferenceCount++;
        response.finish_reason = "stop";
        response.message.role = "assistant";
        response.message.content = _cannedText(n);
        emit LLMChat(Strings.toString(n), request, response);
    }

    function _cannedText(uint256 n) private pure returns (string memory) {
        return string.concat("devnet response #", Strings.toString(n));
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IOGInference
/// @notice Types and functions of the legacy OpenGradient inference precompile at 0x…00F4
///         (OpenGradient/sdk `contracts/og_inference/OGInference.sol`; ABI in
///         `abi/InferencePrecompile.abi`). The enums of the original (`LLMInferenceMode {VANILLA, TEE}`,
///         `ModelInferenceMode {VANILLA, ZK, TEE}`) are plain uint8 here: identical ABI encoding.
///         The tensor types of the original `TensorLib` library live here too.
interface IOGInference {
    /// @dev value * 10^-decimals, e.g. 1.5 = Number(15, 1)
    struct Number {
        int128 value;
        int128 decimals;
    }

    struct MultiDimensionalNumberTensor {
        string name;
        Number[] values;
        uint32[] shape;
    }

    struct StringTensor {
        string name;
        string[] values;
    }

    struct JsonScalar {
        string name;
        string value;
    }

    struct ModelInput {
        MultiDimensionalNumberTensor[] numbers;
        StringTensor[] strings;
    }

    struct ModelInferenceRequest {
        uint8 mode;
        string modelCID;
        ModelInput input;
    }

    struct ModelOutput {
        MultiDimensionalNumberTensor[] numbers;
        StringTensor[] strings;
        JsonScalar[] jsons;
        bool is_simulation_result;
    }

    struct ToolCall {
        string id;
        string name;
        string arguments;
    }

    struct ChatMessage {
        string role;
        string content;
        string name;
        string tool_call_id;
        ToolCall[] tool_calls;
    }

    struct ToolDefinition {
        string description;
        string name;
        string parameters;
    }

    struct LLMChatRequest {
        uint8 mode;
        string modelCID;
        ChatMessage[] messages;
        ToolDefinition[] tools;
        string tool_choice;
        uint32 max_tokens;
        string[] stop_sequence;
        uint32 temperature;
    }

    struct LLMChatResponse {
        string finish_reason;
        ChatMessage message;
    }

    struct LLMCompletionRequest {
        uint8 mode;
        string modelCID;
        string prompt;
        uint32 max_tokens;
        string[] stop_sequence;
        uint32 temperature;
    }

    struct LLMCompletionResponse {
        string answer;
    }

    function runModelInference(ModelInferenceRequest calldata request) external returns (ModelOutput memory);

    function runLLMCompletion(LLMCompletionRequest calldata request) external returns (LLMCompletionResponse memory);

    function runLLMChat(LLMChatRequest calldata request) external returns (LLMChatResponse memory);
}

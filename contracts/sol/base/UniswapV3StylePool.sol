// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title UniswapV3StylePool
/// @notice Simplified devnet pool that emits the REAL Uniswap v3 pool events
///         (Uniswap/v3-core `contracts/interfaces/pool/IUniswapV3PoolEvents.sol`):
///         `Initialize(uint160 sqrtPriceX96, int24 tick)` and
///         `Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1,
///               uint160 sqrtPriceX96, uint128 liquidity, int24 tick)`.
/// @dev NOT a Uniswap v3 pool: no ticks, positions, Mint/Burn/Collect, oracle, callbacks or factory. Pricing is a
///      constant product over the pool's ACTUAL token balances with a 0.3% input fee (Uniswap v2 formula); liquidity is
///      added by plain token transfers to the pool. Reported values follow v3 conventions:
///      - token0/token1 are sorted by address (lower first); price = token1 per token0 in raw units;
///      - amount0/amount1 are signed pool balance deltas (positive = into the pool, negative = out of the pool);
///      - sqrtPriceX96 = floor(sqrt(balance1 * 2^192 / balance0)), clamped to v3's [MIN_SQRT_RATIO, MAX_SQRT_RATIO);
///      - liquidity = floor(sqrt(balance0 * balance1)) (saturating at uint128 max);
///      - tick = floor(log_1.0001(price)) computed from sqrtPriceX96 with a 40-bit fixed-point binary log. The log is
///        truncated (error < 1e-7 tick, always downwards), so the tick equals v3's exact TickMath result except when
///        the price lies within ~1e-7 tick just above a tick boundary, where it is one lower. Clamped to
///        v3's [-887272, 887272].
///      Transfer order follows v3: output tokens leave first, then the input is pulled with transferFrom.
contract UniswapV3StylePool is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Emitted exactly once, by `initialize()`
    event Initialize(uint160 sqrtPriceX96, int24 tick);

    /// @notice Emitted by the pool for every swap (exact Uniswap v3 signature)
    event Swap(
        address indexed sender,
        address indexed recipient,
        int256 amount0,
        int256 amount1,
        uint160 sqrtPriceX96,
        uint128 liquidity,
        int24 tick
    );

    error IdenticalTokens();
    error ZeroAddressToken();
    error AlreadyInitialized();
    error NotInitialized();
    error EmptyReserves();
    error ZeroAmountIn();
    error InsufficientOutput(uint256 amountOut, uint256 minAmountOut);

    int24 internal constant MIN_TICK = -887272;
    int24 internal constant MAX_TICK = 887272;
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287273052203988822378723970342;
    /// @dev log2(1.0001) as a Q64.64 number
    int256 private constant LOG2_1_0001_X64 = 2661169563308229;
    uint256 private constant FEE_DENOMINATOR = 1_000_000;

    /// @notice The pool fee in hundredths of a bip (3000 = 0.3%), as in Uniswap v3
    uint24 public constant fee = 3000;
    /// @notice The lower-address token
    address public immutable token0;
    /// @notice The higher-address token
    address public immutable token1;

    uint160 private _sqrtPriceX96;
    int24 private _tick;
    bool private _initialized;

    /// @param tokenA One token of the pair (order does not matter)
    /// @param tokenB The other token
    constructor(address tokenA, address tokenB) {
        if (tokenA == tokenB) revert IdenticalTokens();
        (address t0, address t1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
        if (t0 == address(0)) revert ZeroAddressToken();
        token0 = t0;
        token1 = t1;
    }

    /// @notice v3-compatible slot0. Only sqrtPriceX96 and tick are meaningful; observation fields and feeProtocol are
    ///         0, and `unlocked` is true once the pool is initialized.
    function slot0()
        external
        view
        returns (
            uint160 sqrtPriceX96,
            int24 tick,
            uint16 observationIndex,
            uint16 observationCardinality,
            uint16 observationCardinalityNext,
            uint8 feeProtocol,
            bool unlocked
        )
    {
        return (_sqrtPriceX96, _tick, 0, 0, 0, 0, _initialized);
    }

    /// @notice sqrt(balance0 * balance1) of the current balances
    function liquidity() external view returns (uint128) {
        (uint256 b0, uint256 b1) = getReserves();
        return _liquidity(b0, b1);
    }

    /// @notice The pool's current token balances (what prices are computed from)
    function getReserves() public view returns (uint256 reserve0, uint256 reserve1) {
        reserve0 = IERC20(token0).balanceOf(address(this));
        reserve1 = IERC20(token1).balanceOf(address(this));
    }

    /// @notice Output amount `swapExactInput` would return for `amountIn` now
    function quoteExactInput(bool zeroForOne, uint256 amountIn) external view returns (uint256) {
        (uint256 b0, uint256 b1) = getReserves();
        return zeroForOne ? _getAmountOut(amountIn, b0, b1) : _getAmountOut(amountIn, b1, b0);
    }

    /// @notice Reads the balances sent to the pool by plain transfers, sets the price and emits `Initialize`.
    ///         Callable once, by anyone, after both tokens have been funded.
    function initialize() external {
        if (_initialized) revert AlreadyInitialized();
        (uint256 b0, uint256 b1) = getReserves();
        if (b0 == 0 || b1 == 0) revert EmptyReserves();
        _initialized = true;
        (uint160 sqrtPriceX96, int24 tick) = _priceState(b0, b1);
        _sqrtPriceX96 = sqrtPriceX96;
        _tick = tick;
        emit Initialize(sqrtPriceX96, tick);
    }

    /// @notice Swaps exactly `amountIn` of the input token (token0 if `zeroForOne`) for at least `minAmountOut` of the
    ///         other token, sent to `recipient`. The caller must have approved the pool for `amountIn`.
    /// @return amountOut The output amount sent to `recipient`
    function swapExactInput(address recipient, bool zeroForOne, uint256 amountIn, uint256 minAmountOut)
        external
        nonReentrant
        returns (uint256 amountOut)
    {
        if (!_initialized) revert NotInitialized();
        if (amountIn == 0) revert ZeroAmountIn();
        (uint256 b0, uint256 b1) = getReserves();
        (address tokenIn, address tokenOut) = zeroForOne ? (token0, token1) : (token1, token0);
        amountOut = zeroForOne ? _getAmountOut(amountIn, b0, b1) : _getAmountOut(amountIn, b1, b0);
        if (amountOut == 0 || amountOut < minAmountOut) revert InsufficientOutput(amountOut, minAmountOut);

        IERC20(tokenOut).safeTransfer(recipient, amountOut);
        IERC20(tokenIn).safeTransferFrom(msg.sender, address(this), amountIn);

        (b0, b1) = getReserves();
        (uint160 sqrtPriceX96, int24 tick) = _priceState(b0, b1);
        _sqrtPriceX96 = sqrtPriceX96;
        _tick = tick;

        int256 inDelta = SafeCast.toInt256(amountIn);
        int256 outDelta = -SafeCast.toInt256(amountOut);
        (int256 amount0, int256 amount1) = zeroForOne ? (inDelta, outDelta) : (outDelta, inDelta);
        emit Swap(msg.sender, recipient, amount0, amount1, sqrtPriceX96, _liquidity(b0, b1), tick);
    }

    function _getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) private pure returns (uint256) {
        if (amountIn == 0 || reserveIn == 0 || reserveOut == 0) return 0;
        uint256 amountInWithFee = amountIn * (FEE_DENOMINATOR - fee);
        return Math.mulDiv(amountInWithFee, reserveOut, reserveIn * FEE_DENOMINATOR + amountInWithFee);
    }

    function _liquidity(uint256 b0, uint256 b1) private pure returns (uint128) {
        (bool ok, uint256 product) = Math.tryMul(b0, b1);
        uint256 l = ok ? Math.sqrt(product) : Math.sqrt(b0) * Math.sqrt(b1);
        return l > type(uint128).max ? type(uint128).max : uint128(l);
    }

    /// @dev sqrtPriceX96 = sqrt(b1 * 2^192 / b0), clamped to v3's range, and its tick.
    function _priceState(uint256 b0, uint256 b1) private pure returns (uint160 sqrtPriceX96, int24 tick) {
        uint256 s;
        if (b1 / b0 >= (1 << 64)) {
            s = MAX_SQRT_RATIO - 1; // ratio * 2^192 would not fit in 256 bits; far beyond v3's range anyway
        } else {
            s = Math.sqrt(Math.mulDiv(b1, 1 << 192, b0));
        }
        if (s < MIN_SQRT_RATIO) s = MIN_SQRT_RATIO;
        if (s >= MAX_SQRT_RATIO) s = MAX_SQRT_RATIO - 1;
        sqrtPriceX96 = uint160(s);
        tick = _tickAtSqrtPriceX96(sqrtPriceX96);
    }

    /// @dev floor(log_1.0001(price)) = floor(2 * log2(sqrtPriceX96 / 2^96) / log2(1.0001)), with log2 computed in
    ///      Q64.64 fixed point (integer part from the most significant bit, 40 fractional bits by repeated squaring).
    function _tickAtSqrtPriceX96(uint160 sqrtPriceX96) internal pure returns (int24) {
        uint256 x = sqrtPriceX96;
        uint256 msb = Math.log2(x);
        int256 log2X64 = (int256(msb) - 96) * int256(1 << 64);
        // normalise the mantissa to [2^127, 2^128), i.e. 1.xxx in Q1.127
        uint256 r = msb >= 127 ? x >> (msb - 127) : x << (127 - msb);
        for (uint256 i = 0; i < 40; ++i) {
            r = (r * r) >> 127; // in [2^127, 2^129)
            uint256 bit = r >> 128; // 1 if the squared mantissa is >= 2
            log2X64 += int256(bit << (63 - i));
            r >>= bit;
        }
        int256 numerator = 2 * log2X64;
        int256 t = numerator / LOG2_1_0001_X64;
        if (numerator < 0 && numerator % LOG2_1_0001_X64 != 0) t -= 1; // floor toward -infinity
        if (t < MIN_TICK) return MIN_TICK;
        if (t > MAX_TICK) return MAX_TICK;
        return int24(t);
    }
}

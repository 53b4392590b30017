/**
 * For a CartesianGrid's generator of the lines it does not draw (vertical={false} or horizontal={false}).
 * recharts computes those lines' positions anyway, through its tick thinning, which measures every tick
 * label in the DOM; a generator that returns no lines skips that work.
 */
export const NO_GRID_LINES = (): number[] => []

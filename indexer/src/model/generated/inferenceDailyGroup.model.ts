import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {InferenceMode} from "./_inferenceMode"

/**
 * Settled inferences of one UTC day (the settlement's) by TEE and mode, with their current verdicts.
 * proofCoverage by TEE or MODE adds these up instead of grouping the inference table. Batch leaves
 * count once their blob is expanded, as Inference rows do.
 */
@Entity_()
export class InferenceDailyGroup {
    constructor(props?: Partial<InferenceDailyGroup>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DD|teeId|mode
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * the empty string when the inference names no TEE
     */
    @StringColumn_({nullable: false})
    teeId!: string

    @Column_("varchar", {length: 7, nullable: false})
    mode!: InferenceMode

    @IntColumn_({nullable: false})
    inferences!: number

    @IntColumn_({nullable: false})
    verified!: number

    /**
     * PARTIAL, INVALID or MISSING
     */
    @IntColumn_({nullable: false})
    invalid!: number

    @IntColumn_({nullable: false})
    pending!: number

    @IntColumn_({nullable: false})
    unverifiable!: number
}

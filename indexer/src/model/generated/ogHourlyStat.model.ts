import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * OG-chain flows for one UTC hour, kept incrementally: the counts of OgDailyStat that add up over
 * hours. A row exists only for hours with activity. Verdicts count in the hour the inference settled.
 */
@Entity_()
export class OgHourlyStat {
    constructor(props?: Partial<OgHourlyStat>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DDTHH
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    hour!: Date

    @IntColumn_({nullable: false})
    inferencesSettled!: number

    @IntColumn_({nullable: false})
    batchInferences!: number

    @IntColumn_({nullable: false})
    individualInferences!: number

    @IntColumn_({nullable: false})
    legacyInferences!: number

    @IntColumn_({nullable: false})
    hubInferences!: number

    @IntColumn_({nullable: false})
    inferencesVerified!: number

    @IntColumn_({nullable: false})
    inferencesFailed!: number

    @IntColumn_({nullable: false})
    settlements!: number

    @IntColumn_({nullable: false})
    heartbeats!: number

    @IntColumn_({nullable: false})
    stakingEvents!: number
}

import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, DateTimeColumn as DateTimeColumn_, Index as Index_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * OPG unlocked on one UTC day from one allocation's vesting contracts and distributors, kept
 * incrementally. supplySchedule's observed unlocks add these up instead of scanning Unlock.
 */
@Entity_()
export class AllocationDailyUnlock {
    constructor(props?: Partial<AllocationDailyUnlock>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DD|allocation
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * allocation category id, as on Unlock
     */
    @StringColumn_({nullable: false})
    allocation!: string

    /**
     * OPG wei
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint

    /**
     * unlock transfers
     */
    @IntColumn_({nullable: false})
    unlocks!: number
}

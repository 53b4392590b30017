import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, ManyToOne as ManyToOne_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {StakingEventKind} from "./_stakingEventKind"
import {Validator} from "./validator.model"

@Entity_()
export class StakingEvent {
    constructor(props?: Partial<StakingEvent>) {
        Object.assign(this, props)
    }

    /**
     * txHash-logIndex for logs; state-<validator>-<block>-<kind> for changes read from state
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 16, nullable: false})
    kind!: StakingEventKind

    @Index_()
    @ManyToOne_(() => Validator, {nullable: true})
    validator!: Validator | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    delegator!: string | undefined | null

    /**
     * destination validator of a redelegation
     */
    @Index_()
    @ManyToOne_(() => Validator, {nullable: true})
    dstValidator!: Validator | undefined | null

    /**
     * ogwei: delegated, unbonded, rewarded, or lost to a slash
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    @DateTimeColumn_({nullable: true})
    completionTime!: Date | undefined | null

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * null for slashes and jails, which leave no EVM log
     */
    @Index_()
    @StringColumn_({nullable: true})
    txHash!: string | undefined | null

    /**
     * log, or state when read from the precompile's views
     */
    @StringColumn_({nullable: false})
    detectedBy!: string
}

import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, BigDecimalColumn as BigDecimalColumn_, BigIntColumn as BigIntColumn_, Index as Index_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Delegation} from "./delegation.model"
import {CommissionChange} from "./commissionChange.model"

@Entity_()
export class Validator {
    constructor(props?: Partial<Validator>) {
        Object.assign(this, props)
    }

    /**
     * operator address
     */
    @PrimaryColumn_()
    id!: string

    @StringColumn_({nullable: true})
    moniker!: string | undefined | null

    /**
     * commission rate as a fraction (0.05 = 5%)
     */
    @BigDecimalColumn_({nullable: false})
    commissionRate!: BigDecimal

    @BigDecimalColumn_({nullable: true})
    maxCommissionRate!: BigDecimal | undefined | null

    /**
     * ogwei
     */
    @BigIntColumn_({nullable: false})
    minSelfDelegation!: bigint

    /**
     * ogwei, as the staking precompile reports it
     */
    @Index_()
    @BigIntColumn_({nullable: false})
    tokens!: bigint

    @BigIntColumn_({nullable: false})
    delegatorShares!: bigint

    @BooleanColumn_({nullable: false})
    jailed!: boolean

    /**
     * BONDED, UNBONDING, UNBONDED
     */
    @StringColumn_({nullable: false})
    status!: string

    @IntColumn_({nullable: false})
    delegatorCount!: number

    /**
     * ogwei delegated by the operator itself
     */
    @BigIntColumn_({nullable: false})
    selfBond!: bigint

    @DateTimeColumn_({nullable: false})
    createdAt!: Date

    @IntColumn_({nullable: false})
    createdBlock!: number

    @IntColumn_({nullable: false})
    slashCount!: number

    @IntColumn_({nullable: false})
    jailCount!: number

    /**
     * ogwei lost to slashing
     */
    @BigIntColumn_({nullable: false})
    totalSlashed!: bigint

    /**
     * block of the last read of the precompile's view
     */
    @IntColumn_({nullable: false})
    stateBlock!: number

    @OneToMany_(() => Delegation, e => e.validator)
    delegations!: Delegation[]

    @OneToMany_(() => CommissionChange, e => e.validator)
    commissionChanges!: CommissionChange[]
}

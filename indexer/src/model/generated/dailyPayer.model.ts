import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_} from "@subsquid/typeorm-store"

/**
 * A wallet that paid on a given day; makes payingWallets exact without rescans.
 */
@Entity_()
export class DailyPayer {
    constructor(props?: Partial<DailyPayer>) {
        Object.assign(this, props)
    }

    /**
     * YYYY-MM-DD-address
     */
    @PrimaryColumn_()
    id!: string
}

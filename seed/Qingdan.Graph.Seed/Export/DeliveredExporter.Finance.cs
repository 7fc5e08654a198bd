namespace Qingdan.Graph.Seed.Export;

public static partial class DeliveredExporter
{
    /// <summary>
    /// The central bank branch's large-transaction report, a workbook: each transaction from the side of
    /// one party (本方), the other named as counterparty, the 借/贷 flag saying which way the money went —
    /// taken alternately from the payer's and the payee's side — and a register of the customers.
    /// </summary>
    private static string Finance(Bundle bundle, string target)
    {
        var people = ByRef(bundle.Rows("people.csv"));
        var companies = ByRef(bundle.Rows("companies.csv"));
        using (var book = new XlsxFile(Path.Combine(target, "大额交易报告.xlsx")))
        {
            book.Sheet("交易明细", "大额和可疑交易报告明细", "交易日期", "本方编号", "本方名称", "本方类型", "对方编号", "对方名称", "对方类型", "借贷标志", "交易金额", "交易种类");
            var index = 0;
            foreach (var t in bundle.Rows("transactions.csv"))
            {
                // 借 (debit): 本方 paid; 贷 (credit): 本方 was paid.
                var debit = index++ % 2 == 0;
                var (own, ownKind, other, otherKind) = debit
                    ? (t["from_ref"], t["from_kind"], t["to_ref"], t["to_kind"])
                    : (t["to_ref"], t["to_kind"], t["from_ref"], t["from_kind"]);
                book.Row(
                    DateCell(t["date"]),
                    own,
                    Name(own, ownKind),
                    ownKind == "person" ? "个人" : "对公",
                    other,
                    Name(other, otherKind),
                    otherKind == "person" ? "个人" : "对公",
                    debit ? "借" : "贷",
                    Amount(Get(t, "amount"), asText: index % 3 == 0),
                    Word(TransactionKinds, t["kind"]));
            }

            book.Sheet("客户名录", null, "客户编号", "客户名称", "客户类型", "证件号码");
            foreach (var p in people.Values)
            {
                book.Row(p["ref"], p["name"], "个人", Get(p, "id_number"));
            }

            foreach (var c in companies.Values)
            {
                book.Row(c["ref"], c["name"], "对公", Get(c, "credit_code"));
            }
        }

        // Every third amount as text with thousands separators, the others as number cells.
        static object Amount(string amount, bool asText) =>
            asText || !decimal.TryParse(
                amount,
                System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture,
                out var yuan) ? Grouped(amount) : yuan;

        string? Name(string reference, string kind) => (kind == "person" ? people : companies).GetValueOrDefault(reference)?["name"];

        return """
              - file: 大额交易报告.xlsx
                sheet: 客户名录
                records:
                  person: { kind: people, when: { column: 客户类型, equals: 个人 }, ref: [客户编号], fields: { name: 客户名称, id_number: 证件号码 } }
                  company: { kind: companies, when: { column: 客户类型, equals: 对公 }, ref: [客户编号], fields: { name: 客户名称, credit_code: 证件号码 } }
              - file: 大额交易报告.xlsx
                sheet: 交易明细
                records:
                  own_person: { kind: people, when: { column: 本方类型, equals: 个人 }, ref: [本方编号], fields: { name: 本方名称 } }
                  own_company: { kind: companies, when: { column: 本方类型, equals: 对公 }, ref: [本方编号], fields: { name: 本方名称 } }
                  other_person: { kind: people, when: { column: 对方类型, equals: 个人 }, ref: [对方编号], fields: { name: 对方名称 } }
                  other_company: { kind: companies, when: { column: 对方类型, equals: 对公 }, ref: [对方编号], fields: { name: 对方名称 } }
                  line:
                    kind: transactions
                    fields:
                      from_ref:
                        when: { column: 借贷标志, equals: 借 }
                        then: { when: { column: 本方类型, equals: 个人 }, then: { record: own_person }, else: { record: own_company } }
                        else: { when: { column: 对方类型, equals: 个人 }, then: { record: other_person }, else: { record: other_company } }
                      to_ref:
                        when: { column: 借贷标志, equals: 贷 }
                        then: { when: { column: 本方类型, equals: 个人 }, then: { record: own_person }, else: { record: own_company } }
                        else: { when: { column: 对方类型, equals: 个人 }, then: { record: other_person }, else: { record: other_company } }
                      kind: { column: 交易种类, map: transaction_kind }
                      amount: { column: 交易金额, amount: auto }
                      date: { column: 交易日期, date: auto }
            """;
    }
}

using System.Globalization;
using System.Text;
using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// A large registry bundle for throughput runs: people with valid identity numbers, companies with
/// valid credit codes, shareholdings, roles and transactions, in the proportions of a company
/// registry. Not the seed (no planted cases); only volume and realistic value shapes.
/// </summary>
internal static class SyntheticBundle
{
    public static long Write(string folder, int people, int seed)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, "manifest.json"),
            $"{{\"registry\":\"bench-{Path.GetFileName(folder)}\",\"source\":\"bench\",\"as_of\":\"2026-06-30\"}}");
        var random = new Random(seed);
        var companies = Math.Max(1, people / 2);
        long rows = 0;
        using (var writer = Writer(folder, "people.csv", "ref,name,id_number,birth_date,gender"))
        {
            for (var i = 0; i < people; i++)
            {
                var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 20_000));
                var number = IdentityNumber.Create(
                    "4408" + random.Next(0, 99).ToString("D2", CultureInfo.InvariantCulture),
                    birth,
                    random.Next(0, 1000));
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"p{i},{Name(random)},{number.Value},{birth:yyyy-MM-dd},{(number.Sex == Sex.Male ? "M" : "F")}"));
                rows++;
            }
        }

        using (var writer = Writer(folder, "companies.csv", "ref,name,credit_code,listed,region_code,industry"))
        {
            for (var i = 0; i < companies; i++)
            {
                var code = CreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"914408{random.Next(0, 99):D2}{i:D9}"));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"c{i},湛江市{Name(random)}实业有限公司{i},{code.Value},{(random.Next(50) == 0 ? "1" : "0")},{code.RegionCode},{"ABCEFGJ"[random.Next(7)]}{random.Next(10, 99)}"));
                rows++;
            }
        }

        using (var writer = Writer(folder, "shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date,end_date"))
        {
            for (var i = 0; i < people; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p{i},person,c{random.Next(companies)},{random.Next(1, 100)},20{random.Next(0, 25):D2}-0{random.Next(1, 9)}-1{random.Next(0, 9)},"));
                rows++;
            }
        }

        using (var writer = Writer(folder, "company_roles.csv", "person_ref,company_ref,role,start_date,end_date,monthly_salary,nominal"))
        {
            string[] roles = ["legal_representative", "director", "supervisor", "employee", "employee", "employee", "consultant"];
            for (var i = 0; i < people; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p{random.Next(people)},c{random.Next(companies)},{roles[random.Next(roles.Length)]},2018-01-01,,{random.Next(3, 80)}000,0"));
                rows++;
            }
        }

        using (var writer = Writer(folder, "transactions.csv", "from_ref,from_kind,to_ref,to_kind,kind,amount,date"))
        {
            string[] kinds = ["loan", "payment", "contract", "gift", "consulting_fee"];
            for (var i = 0; i < people; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"c{random.Next(companies)},company,p{random.Next(people)},person,{kinds[random.Next(kinds.Length)]},\"{random.Next(1, 999)},000\",2024-0{random.Next(1, 9)}-1{random.Next(0, 9)}"));
                rows++;
            }
        }

        return rows;
    }

    private static StreamWriter Writer(string folder, string file, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(header);
        return writer;
    }

    private static string Name(Random random)
    {
        const string surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        const string given = "建国秀英伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";
        return string.Concat(
            surnames[random.Next(surnames.Length)],
            given[random.Next(given.Length)],
            random.Next(3) == 0 ? string.Empty : given[random.Next(given.Length)].ToString());
    }
}

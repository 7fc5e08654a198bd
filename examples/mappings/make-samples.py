#!/usr/bin/env python3
"""Writes the example delivered files of examples/mappings/ (run: python3 examples/mappings/make-samples.py).

The workbooks are written with openpyxl (Debian: python3-openpyxl), a writer other than the project's own
test builder, so that the examples are read the way a workbook from another producer is read. The
people, companies and accounts are invented; identity numbers and credit codes carry valid check characters.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))


def id_number(body17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(c) * w for c, w in zip(body17, weights)) % 11]


def credit_code(body17):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(alphabet.index(c) * w for c, w in zip(body17, weights)) % 31
    return body17 + alphabet[0 if check == 31 else check]


WANG = id_number("44080219680315001")      # 王建国, director of the housing and construction bureau
LI = id_number("44080219700512002")        # 李秀英, his wife
XIAOMING = id_number("44080219960302001")  # 王小明, their son
ZHANG = id_number("44080219720808003")     # 张伟, deputy director of the finance bureau
ZHANG_WIFE = id_number("44080219750101004")
CHEN = id_number("44080219800606005")      # 陈某某, 王建国's specific related person
HAIBIN = credit_code("91440800MA4UJ0XX1")  # 湛江市海滨建材有限公司
HONGDA = credit_code("91440802MA5123456")  # 湛江市宏达贸易有限公司
TOUZI = credit_code("91440800MA5ABCDE1")   # 湛江市海湾投资有限公司
BUREAU = credit_code("11440800MB2C12345")  # 湛江市住房和城乡建设局
FINANCE = credit_code("11440800MB2C23456") # 湛江市财政局


def cadre():
    book = Workbook()
    posts = book.active
    posts.title = "干部基本信息"
    posts.append(["湛江市市管干部基本信息表（2026年6月）"])
    posts.merge_cells("A1:K1")
    posts["A1"].font = Font(bold=True, size=14)
    posts.append(["序号", "姓名", "性别", "出生年月", "公民身份号码", "工作单位", "单位代码", "行政区划", "主管行业", "现任职务", "职级", "任现职时间", "审批事项"])
    rows = [
        [1, "王建国", "男", "1968.03", WANG, "湛江市住房和城乡建设局", BUREAU, "440800", "E", "局长", "正处级", dt.date(2015, 3, 2), "工程招标、行政许可"],
        [2, "张伟", "男", "1972.08", ZHANG, "湛江市财政局", FINANCE, "440800", "", "副局长", "副处级", "2019年7月", "财政补贴"],
    ]
    for row in rows:
        posts.append(row)
    for cell in posts["L"][2:]:
        cell.number_format = "yyyy-mm-dd"

    family = book.create_sheet("家庭成员")
    family.append(["干部家庭成员及主要社会关系"])
    family.merge_cells("A1:I1")
    family.append(["干部姓名", "干部身份证号", "称谓", "姓名", "出生年月", "身份证号", "工作单位及职务", "结婚时间", "备注"])
    family.append(["王建国", WANG, "妻子", "李秀英", "1970.05", LI, "个体", dt.date(1995, 10, 1), ""])
    family.append([None, None, "儿子", "王小明", "1996.03", XIAOMING, "湛江市海滨建材有限公司总经理", None, ""])
    family.append([None, None, "父亲", "王德福", "1940.01", "", "退休", None, "已故"])
    family.append(["张伟", ZHANG, "配偶", "刘芳", "1975.01", ZHANG_WIFE, "湛江市第一中学教师", "2001.05", ""])
    # The official's name and number are merged over the rows of his family, as the forms print them.
    family.merge_cells("A3:A5")
    family.merge_cells("B3:B5")
    for cell in family["H"][2:]:
        cell.number_format = "yyyy-mm-dd"
    family["A3"].alignment = Alignment(vertical="center")

    related = book.create_sheet("特定关系人")
    related.append(["干部身份证号", "姓名", "身份证号", "关系类别", "关系说明", "起始时间"])
    related.append([WANG, "陈某某", CHEN, "特定关系人", "共同利益关系", "2018-06"])
    book.save(os.path.join(HERE, "cadre", "干部信息2026.xlsx"))


def company():
    folder = os.path.join(HERE, "company")

    def write(name, header, rows, footer=None):
        with open(os.path.join(folder, name), "w", encoding="gb18030", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
            if footer:
                writer.writerow([footer])

    write("企业登记信息.csv",
          ["统一社会信用代码", "企业名称", "登记状态", "成立日期", "注册资本（万元）", "国民经济行业代码", "住所", "是否上市"],
          [[HAIBIN, "湛江市海滨建材有限公司", "存续", "20120315", "500", "E48", "湛江市赤坎区海滨大道1号", "否"],
           [HONGDA, "湛江市宏达贸易有限公司", "存续", "20100820", "1,000", "F51", "湛江市霞山区人民大道8号", "否"],
           [TOUZI, "湛江市海湾投资有限公司", "存续", "20080101", "5000", "L72", "湛江市开发区", "否"]],
          footer="数据截至2026年6月30日")
    write("股东出资信息.csv",
          ["统一社会信用代码", "企业名称", "股东名称", "股东类型", "证照号码", "认缴出资额（万元）", "出资比例", "出资日期"],
          [[HAIBIN, "湛江市海滨建材有限公司", "李秀英", "自然人股东", LI, "175", "35%", "2012-03-15"],
           [HAIBIN, "湛江市海滨建材有限公司", "湛江市海湾投资有限公司", "企业法人", TOUZI, "325", "65%", "2012-03-15"],
           [HONGDA, "湛江市宏达贸易有限公司", "陈某某", "自然人股东", CHEN, "1000", "100%", "2010-08-20"]])
    write("主要人员信息.csv",
          ["统一社会信用代码", "企业名称", "姓名", "证件号码", "职务", "任职日期"],
          [[HAIBIN, "湛江市海滨建材有限公司", "王小明", XIAOMING, "董事、总经理", "2020-01-06"],
           [HAIBIN, "湛江市海滨建材有限公司", "李秀英", LI, "监事", "2012-03-15"],
           [HONGDA, "湛江市宏达贸易有限公司", "陈某某", CHEN, "执行董事", "2010-08-20"]])


def bank():
    book = Workbook()
    accounts = book.active
    accounts.title = "开户信息"
    accounts.append(["账号", "户名", "证件类型", "证件号码", "开户日期", "联系电话"])
    accounts.append(["6222020100001111", "李秀英", "居民身份证", LI, dt.date(2010, 4, 1), "13800000001"])
    accounts.append(["6222020100002222", "王小明", "居民身份证", XIAOMING, dt.date(2016, 9, 1), "13800000002"])
    for cell in accounts["E"][1:]:
        cell.number_format = "yyyy/m/d"

    lines = book.create_sheet("交易流水")
    lines.append(["中国某银行湛江分行 个人账户交易明细"])
    lines.merge_cells("A1:I1")
    lines.append(["交易日期", "本方账号", "对方账号", "对方户名", "对方账户类型", "借贷标志", "交易金额", "摘要", "备注"])
    lines.append([dt.datetime(2021, 5, 6, 14, 23, 11), "6222020100001111", "44050100000001", "湛江市宏达贸易有限公司", "对公", "贷", 200000, "借款", "借款"])
    lines.append([dt.datetime(2022, 1, 10, 9, 0, 0), "6222020100001111", "44050100000001", "湛江市宏达贸易有限公司", "对公", "贷", "5万元", "咨询费", "咨询费"])
    lines.append([dt.datetime(2022, 3, 1, 10, 30, 0), "6222020100002222", "6222020100001111", "李秀英", "个人", "借", 3000, "转账", "生活费"])
    lines.append([dt.datetime(2023, 2, 2, 11, 0, 0), "6222020100001111", "44050100000009", "湛江市某超市", "对公", "借", "1,280.50", "消费", ""])
    for cell in lines["A"][2:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    lines["G3"].number_format = "#,##0.00"
    book.save(os.path.join(HERE, "bank", "个人账户流水.xlsx"))


if __name__ == "__main__":
    cadre()
    company()
    bank()

# Passerelle rule pack — texts in 简体中文 (zh-Hans). Machine translation of the French in the .ron
# files, which are authoritative. Regenerate a template with `passerelle pack strings zh-Hans`.

# fr: 09810191
r-04-sve =
    .title = 回执、补办、更改地址、DCEM：电子方式申请（contacts-demarches）
    .doubt = 省政府页面更新于 2020 年 8 月 3 日；此后补办、更改地址和 DCEM 已改到 ANEF 办理。
    .summary = 在国家电子申请网站（contacts-demarches）上在线申请；之后省政府会联系您领取文件。
    .instructions-1 = 如果材料齐全，省政府会联系您预约领取；如果缺少材料，您会收到一封电子邮件。

# fr: f607978a
r-06-first_title =
    .title = 首次申请（家庭和职业移民）：通过在线表格预约
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 滨海阿尔卑斯省（Alpes-Maritimes）政府只接待预约者：请填写其网站上的在线表格申请预约。

# fr: d0f44ffc
r-06-students-special_visas =
    .title = D 类签证“concours”、“mineurs scolarisés”、“jeune au pair”：邮寄材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的材料邮寄至滨海阿尔卑斯省政府（地址见“Étudiants étrangers”页面）。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: e9aedd5b
r-06-student_to_employee =
    .title = 学生转雇员的身份变更：邮寄材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的身份变更材料邮寄至滨海阿尔卑斯省政府（见“Étudiants étrangers”页面）。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: b87f7ba6
r-06-job_search =
    .title = “求职—创业”居留卡：邮寄材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的材料邮寄至滨海阿尔卑斯省政府（见“Étudiants étrangers”页面）。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: f0b01aea
r-06-sick_foreigner =
    .title = 就医居留卡（患病的外国人）：邮寄材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的材料邮寄至滨海阿尔卑斯省政府。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: e4837d50
r-06-aes =
    .title = 特殊准予居留：邮寄材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的特殊准予居留申请邮寄至滨海阿尔卑斯省政府。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: 708726a8
r-06-renewals =
    .title = 续签：邮寄材料（已改到 ANEF 的居留卡除外）
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 将您的续签申请邮寄至滨海阿尔卑斯省政府（地址见“Renouvellement du titre de séjour”页面）。
    .instructions-1 = 请用带回执的挂号信寄出，并保留一份完整的材料复印件。

# fr: 364477f6
r-06-vls_ts_renewal =
    .title = VLS-TS 之后的首次续签：按首次申请的方式预约
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 在持 VLS-TS 后第一次去省政府时，请按首次申请的方式预约。

# fr: 90f2ce67
r-06-recepisse_renewal =
    .title = 6 个月回执的续签：contacts-demarches 在线程序
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 请通过 contacts-demarches 在线程序申请续签回执：这是唯一的递交方式。

# fr: 1b885084
r-06-title_pickup =
    .title = 收到短信后领取居留卡、DCEM 或旅行证件：无需预约
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 收到短信后，直接前往滨海阿尔卑斯省政府，无需预约。
    .hours = 周一至周五（周四除外），13:30 至 14:30

# fr: 85ae74f8
r-06-additional_documents =
    .title = 部门要求补充的材料
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 请按照省政府“Je souhaite répondre à une demande de pièces complémentaires”页面办理。

# fr: e200a0ef
r-06-judgment_execution =
    .title = 执行行政法院或行政上诉法院的判决
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 请按照省政府“Je sollicite l'exécution d'un jugement”页面办理。

# fr: f8cb9b30
r-06-information_request =
    .title = 咨询：网站问卷，只选一个主题
    .doubt = 省政府 2021 年 11 月的公告：此后多项手续已改到 ANEF 办理。请在省政府网站上核实。
    .summary = 通过省政府网站上的“Contactez-nous”问卷提问，只选择一个主题。
    .instructions-1 = 如有外国人编号，请注明。
    .instructions-2 = 混合多个主题的咨询不予处理：请选择与您情况相符的主题。

# fr: 6f306dc6
r-06-short_stay_visa_extension =
    .title = 延长短期签证
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 请在滨海阿尔卑斯省政府的 Démarches simplifiées 表格上申请延长短期签证。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 9aa2c43a
r-14-first_title-visa_d =
    .title = 持 D 类签证的首次申请：在线预申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省（Calvados）政府的 Démarches simplifiées 表格上在线预申请（持 D 类签证的首次申请）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 861d9c5e
r-14-first_title-other =
    .title = 首次申请，其他情况：在线预申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省政府的 Démarches simplifiées 表格上在线预申请（首次申请，其他情况）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: c0d60eff
r-14-entered_before_13 =
    .title = 13 岁前入境法国的刚成年青年：在线预申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省政府的 Démarches simplifiées 表格上在线预申请（13 岁前入境法国的刚成年青年）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 2a6ee268
r-14-change_of_status =
    .title = 身份变更：在线预申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省政府的 Démarches simplifiées 表格上在线提交身份变更预申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: f5923fb8
r-14-parent_sick_child =
    .title = 患病儿童的父母：在线预申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省政府的 Démarches simplifiées 表格上在线预申请（患病儿童的父母）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: a676cf21
r-14-sick_foreigner =
    .title = 患病的外国人：在线首次申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在卡尔瓦多斯省政府的 Démarches simplifiées 表格上提交“étranger malade”首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 6fb1b6f7
r-14-aes =
    .title = 特殊准予居留：仅限邮寄
    .doubt = 卡尔瓦多斯 ASTI（协会）指南，更新于 2025 年 1 月 23 日；请在省政府网站上核实。
    .summary = 您的特殊准予居留申请只能邮寄至卡尔瓦多斯省政府。
    .instructions-1 = 请用带回执的挂号信寄出。
    .instructions-2 = 寄出前，请复印或扫描全部材料（已填写并签名的表格、证明文件）。

# fr: a36ad14a
r-35-entered_before_13 =
    .title = 首张 VPF 卡：13 岁前入境法国
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省（Ille-et-Vilaine）政府的 Démarches simplifiées 表格上提交首次申请（13 岁前入境法国）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 32b5ed24
r-35-pacs_french =
    .title = 首张 VPF 卡：与法国人签订 PACS
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省政府的 Démarches simplifiées 表格上提交首次申请（与法国人签订 PACS）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: f5f75403
r-35-parent_sick_child =
    .title = 首张 VPF 卡：陪护患病的外国儿童
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省政府的 Démarches simplifiées 表格上提交首次申请（陪护患病儿童）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 4974d961
r-35-employee =
    .title = 首张雇员／临时工居留卡
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省政府的 Démarches simplifiées 表格上提交首次申请（雇员或临时工）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: ffbdeb1a
r-35-young_adult_ase =
    .title = 首张卡：16 至 18 岁被安置于 ASE 的青年
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省政府的 Démarches simplifiées 表格上提交首次申请（16 至 18 岁被托付给 ASE 的青年）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: cbba71f4
r-35-long_term_resident_eu =
    .title = 欧盟长期居民的首张雇员居留卡
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在伊勒-维莱讷省政府的 Démarches simplifiées 表格上提交首次申请（欧盟长期居民雇员）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 4a18a1ee
r-49-first_title =
    .title = 首次申请的预约协助
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 通过曼恩-卢瓦尔省（Maine-et-Loire）政府的 Démarches simplifiées 表格申请首次申请的预约。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 06da374a
r-51-dcem =
    .title = 外国未成年人旅行证件（DCEM）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在马恩省（Marne）政府的 Démarches simplifiées 表格上申请 DCEM。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: b4c364c8
r-62-irregular =
    .title = 居留卡，非正常居留人员（合法化）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在加来海峡省（Pas-de-Calais）政府的“régularisation” Démarches simplifiées 表格上提交申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 30ad7a46
r-62-regular =
    .title = 居留卡，正常居留人员
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在加来海峡省政府的“titre de séjour” Démarches simplifiées 表格上提交申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: fed68b46
r-67-first_title =
    .title = 首张居留卡预申请（预约）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在下莱茵省（Bas-Rhin）政府的 Démarches simplifiées 表格上提交预申请（预约）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 33036ee5
r-67-information_request =
    .title = 省政府网站未能解答时的咨询
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 如果下莱茵省政府网站未能解答您的问题，请在其 Démarches simplifiées 表格上提问。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: ebf50a3d
r-69-job_search =
    .title = 学生卡之后的“求职或创业”居留卡或 APS
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在罗讷省（Rhône）政府的 Démarches simplifiées 表格上提交申请（求职或创业）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 9be27207
r-75-pro_visitor =
    .title = 职业或访客首次申请（一般情况）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局（Préfecture de police）的 Démarches simplifiées 表格上提交首次申请（职业或访客）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: eae094c0
r-75-pro_visitor-algerian =
    .title = 职业或访客首次申请，阿尔及利亚公民
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局专供阿尔及利亚公民使用的 Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: a2658473
r-75-parent_french_child =
    .title = 首次申请，法国籍子女的父母
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局的 Démarches simplifiées 表格上提交首次申请（法国籍子女的父母）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 3c3ad2d0
r-75-family_member =
    .title = 首次申请，家庭成员
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局的 Démarches simplifiées 表格上提交首次申请（家庭成员）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 430aafd3
r-75-young_adult =
    .title = 首次申请，刚成年青年
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局的 Démarches simplifiées 表格上提交首次申请（刚成年青年）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: d2bb660a
r-75-french_spouse =
    .title = 首次申请，法国人的配偶
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在巴黎警察局的 Démarches simplifiées 表格上提交首次申请（法国人的配偶）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 97bd830b
r-76-parent_sick_child =
    .title = 患病外国儿童的法定代理人合法化
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在滨海塞纳省（Seine-Maritime）政府的 Démarches simplifiées 表格上提交申请（患病儿童的父母）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 49766572
r-77-information_request =
    .title = 外国人事务处的联系表格
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 如果塞纳-马恩省（Seine-et-Marne）政府网站未能解答您的问题，请填写其在 Démarches simplifiées 上的联系表格。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 0140c6e1
r-77-work_regularisation =
    .title = 通过工作合法化的居留卡
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在塞纳-马恩省政府的 Démarches simplifiées 表格上提交通过工作合法化的申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 934af518
r-77-meaux =
    .title = 首张居留卡，莫城（Meaux）区居民
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 莫城区居民：在塞纳-马恩省政府的 Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 4e312925
r-87-covid_visa =
    .title = 与新冠疫情有关的特殊签证延期
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 新冠措施：在上维埃纳省（Haute-Vienne）政府的 Démarches simplifiées 表格上申请特殊签证延期。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 02f15a9f
r-91-young_adult_ase =
    .title = 首张居留卡“由 ASE 照管的刚成年青年”
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在埃松省（Essonne）政府的 Démarches simplifiées 表格上提交首次申请（由 ASE 照管的刚成年青年）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 6c6bab13
r-91-young_adult-etampes =
    .title = 首张居留卡“刚成年青年”，埃唐普（Étampes）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在埃唐普副省政府的“jeunes majeurs” Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 070637da
r-91-young_adult-evry =
    .title = 首张居留卡“刚成年青年”，埃夫里（Évry）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在位于埃夫里的省政府的“jeunes majeurs” Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 80d3a3c0
r-91-young_adult-palaiseau =
    .title = 首张居留卡“刚成年青年”，帕莱索（Palaiseau）
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在帕莱索副省政府的“jeunes majeurs” Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 0fc0050d
r-93-covid_visa =
    .title = 与新冠疫情有关的特殊签证延期
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 新冠措施：在塞纳-圣但尼省（Seine-Saint-Denis）政府的 Démarches simplifiées 表格上申请特殊签证延期。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 0b8b80e8
r-93-le_raincy =
    .title = 依法享有权利的首次申请（特殊准入除外），勒兰西（Le Raincy）副省
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 勒兰西区：在勒兰西副省政府的 Démarches simplifiées 表格上提交首次申请。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: badcd5e3
r-93-professional =
    .title = 职业首次申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在塞纳-圣但尼省政府的 Démarches simplifiées 表格上提交首次申请（职业）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 012a72c8
r-93-private_family =
    .title = 私人和家庭生活首次申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .summary = 在塞纳-圣但尼省政府的 Démarches simplifiées 表格上提交首次申请（私人和家庭生活）。
    .instructions-1 = 在 demarches-simplifiees.fr 上填写在线表格；省政府会再联系您办理后续事项（预约、补充材料）。

# fr: 328fa04c
r-973-naturalisation =
    .title = 法属圭亚那：通过当地平台入籍，而不是 NATALI
    .summary = 在法属圭亚那，NATALI 未开放：请向省政府的当地平台提交入籍申请。

# fr: 98815b71
r-fallback-prefecture =
    .title = 向居住地省政府申请（一般情况）
    .summary = 申请在您所在省的省政府（或副省政府）办理，通常需要预约：省政府网站会说明如何预约。
    .instructions-1 = 请在省政府网站上查看办公时间和预约方式。
    .instructions-2 = 预约是免费的：只使用省政府的官方网站。

# fr: 07bc4606
r-fallback-contact =
    .title = 咨询、补充材料、执行判决：联系省政府
    .summary = 请通过省政府网站上的联系表格或在窗口联系省政府的外国人事务处。
    .instructions-1 = 如果您的证件上有外国人编号（AGDREF），请注明。
    .instructions-2 = 对于在 ANEF 上递交的申请，请在您的 ANEF 账户中回应补充材料的要求。

# fr: bdad8b5b
r-fallback-title_pickup =
    .title = 收到短信后领取居留卡
    .summary = 等待省政府的短信，然后前往指定的窗口（通常无需预约）。
    .instructions-1 = 按照短信或省政府网站上注明的时间和地点前往。
    .instructions-2 = 请带上已缴纳印花税的证明：领取居留卡时会要求出示。

# fr: 12ad2d73
r-fallback-recepisse_renewal =
    .title = 通过 contacts-demarches 在线服务续签回执
    .doubt = 仅在上普罗旺斯阿尔卑斯省（2020）和滨海阿尔卑斯省（2021）得到确认；无法核实该在线服务目前的使用情况。请在您所在省政府的网站上核实。
    .summary = 在回执到期前，通过内政部的 contacts-demarches 在线服务申请续签。
    .instructions-1 = 回执不会自动续签：需要您自己申请。

# fr: 1784cc28
r-anef-students =
    .title = 学生：在 ANEF 上续签和变更身份
    .summary = 您的申请在 ANEF（法国外国人数字化管理平台）上在线办理。
    .instructions-1 = 创建或登录您的 ANEF 账户，然后递交申请并附上所有材料。

# fr: 15ed7101
r-anef-students-first_title =
    .title = 持长期签证的学生：在 ANEF 上首次申请
    .doubt = 持“concours”、“mineur scolarisé”或“jeune au pair”签证的学生不在此列：他们去省政府办理（大学来源）。
    .summary = 您的首次学生居留卡申请在 ANEF 上在线办理。

# fr: b3016a26
r-anef-visitor =
    .title = 访客：在 ANEF 上申请
    .doubt = 未查到“访客”居留卡列入 ANEF 清单的确切日期；该规则从第一份确认此事的有日期文本开始（滨海阿尔卑斯省，2021 年 11 月 22 日）。
    .summary = 您的“访客”居留卡申请在 ANEF 上在线办理。

# fr: e7abfaad
r-anef-protection =
    .title = 国际保护受益人：在 ANEF 上申请
    .doubt = 来源只说“自 2022 年 5 月起”，未给出具体日期。
    .summary = 您作为保护受益人的居留卡申请在 ANEF 上在线办理。

# fr: 30741bb9
r-anef-eu_citizens =
    .title = 欧盟公民：在 ANEF 上申请居留卡
    .doubt = 来源只说“自 2022 年 9 月起”（或 11 月），未给出具体日期。
    .summary = 您不是必须持有居留卡；如果需要，可在 ANEF 上在线申请。

# fr: 4b7dce76
r-anef-family_2023 =
    .title = 法国人家属、季节工、欧洲人家属：自 2023 年 4 月 5 日起通过 ANEF
    .summary = 您的申请在 ANEF 上在线办理（此理由自 2023 年 4 月 5 日起必须如此）。

# fr: 7e76a88b
r-anef-talent =
    .title = 人才护照和人才（家属）：在 ANEF 上申请
    .doubt = 2021 年 5 月 31 日这一日期仅由一所大学的国际事务处提供；将 passeport talent 列入 ANEF 清单的部令（arrêté）未被读到。
    .summary = 您的人才护照申请在 ANEF 上在线办理。

# fr: 77ea3fe2
r-anef-family_reunification =
    .title = 家庭团聚受益人：在 ANEF 上申请
    .doubt = 未读到 2023 年 6 月 22 日的政令：该规则从 La Cimade 2023 年 6 月 28 日的公告开始。
    .summary = 您的申请在 ANEF 上在线办理。

# fr: e28fe5f7
r-anef-vulnerability =
    .title = “私人和家庭生活—弱势情况”：自 2023 年 10 月 3 日起通过 ANEF
    .summary = 您的申请在 ANEF 上在线办理。

# fr: 29ae61a2
r-anef-ase_before_16 =
    .title = 最迟 16 岁时交给 ASE 的青年（L.423-22）：自 2023 年 10 月 3 日起通过 ANEF
    .summary = 如果您最迟在 16 岁生日当天被交给儿童社会援助机构（ASE），请在 ANEF 网上申请“vie privée et familiale”居留卡（L.423-22）。

# fr: 4c374a6a
r-anef-resident_card_renewal =
    .title = 居民卡续签：自 2024 年 7 月 4 日起通过 ANEF
    .summary = 您的居民卡续签在 ANEF 上在线办理。

# fr: 9cbdb70d
r-anef-rld_ue_renewal =
    .title = 欧盟长期居民卡续签：自 2024 年 7 月起通过 ANEF
    .doubt = 仅有一篇媒体报道；与 2024 年 7 月 1 日的部令（arrêté）一致，该部令涵盖所有类别居民卡的续签。如果您的卡不是居民卡，请查看省政府网站。
    .summary = 欧盟长期居民卡的续签在 ANEF 网上办理。

# fr: cbaa0481
r-anef-other_2025 =
    .title = 在法国出生者、患病的外国人、工伤／职业病年金：在 ANEF 上申请
    .doubt = 未找到这些居留卡改到 ANEF 的日期；该规则从列出它们的卡尔瓦多斯 ASTI 指南（2025 年 1 月 23 日）开始。
    .summary = 您的申请在 ANEF 上在线办理。

# fr: 7e3e2b2c
r-anef-vls_ts_validation =
    .title = 在 ANEF 上激活等同居留卡的长期签证（VLS-TS）
    .doubt = 来源只说“2019 年初”，未给出具体日期。
    .summary = 请在抵达后 3 个月内在 ANEF 上在线激活您的长期签证并缴纳税费。

# fr: 21baceda
r-anef-short_procedures =
    .title = 补办、更改地址、DCEM：ANEF 是唯一途径
    .doubt = 未找到全国改到 ANEF 的日期；该规则从第一份确认此事的有日期文本开始（滨海阿尔卑斯省，2021 年 11 月 22 日）。
    .summary = 此手续只能在 ANEF 上在线办理。

# fr: 8d0a04bd
r-anef-travel_document =
    .title = 在 ANEF 上申请旅行证件（TVE/TVR、DCEM）
    .doubt = 确认此事的最早有日期来源是加来海峡省政府（2023 年 10 月 3 日）。
    .summary = 您的旅行证件申请在 ANEF 上在线办理。

# fr: 71e2f69d
r-anef-work_authorisation =
    .title = 工作许可：由雇主在 ANEF 上申请
    .summary = 工作许可由雇主在 ANEF 上在线申请；之后附在您的居留卡申请中。

# fr: b622188d
r-natali =
    .title = 入籍：自 2023 年 2 月 6 日起在 NATALI 上在线递交
    .summary = 您的入籍申请在 NATALI 上在线递交；纸质材料会被退回。
    .instructions-1 = 使用 FranceConnect、签证号、居留卡号或 ANEF 账号登录。

# fr: 4c3925b7
r-asylum-spada_guda =
    .title = 庇护：首次接待机构（SPADA），然后是统一窗口（GUDA）
    .summary = 首先前往庇护申请人首次接待机构（SPADA）：它会为您预约省政府的统一窗口（GUDA），由 GUDA 登记您的申请。
    .instructions-1 = GUDA 会发给您一份庇护申请证明，作为居留文件。

# fr: f7ca1036
r-contest-tribunal =
    .title = 对居留拒绝或 OQTF 提出异议：居住地的行政法院
    .summary = 对居留拒绝或离开法国领土的命令，应向您居住地所属的行政法院提出异议。期限可能很短：请立即阅读决定书中的“voies et délais de recours”部分，并联系律师或协会。
    .instructions-1 = 向法院起诉的期限写在决定书的“voies et délais de recours”一栏中。
    .instructions-2 = 请保存决定书以及您收到它的日期证明：期限从送达时起算。

# fr: 8ef0aefe
r-refusal-vls_ts-algerian_eu =
    .title = 阿尔及利亚人和欧盟公民不适用 VLS-TS
    .message = 等同居留卡的长期签证（VLS-TS）不适用于阿尔及利亚公民和欧盟／欧洲经济区／瑞士公民：无需激活

# fr: b5a070f5
r-refusal-talent-algerian =
    .title = 阿尔及利亚人不能申请人才护照
    .message = 阿尔及利亚公民不能获得“passeport talent”居留卡（他们的居留受 1968 年法阿协议管辖）

# fr: 4f58a528
r-window-anef_renewal =
    .title = ANEF 清单上的居留卡续签：到期前第 120 天至第 60 天之间
    .label = 请在居留卡到期前第 120 天至第 60 天之间递交续签申请。
    .late-1 = 在此期限之外递交的申请只能得到递交确认，不能证明您合法居留：不会有审理延期证明。
    .late-2 = 逾期递交续签申请须缴纳 180 欧元的合法化签证费，不可抗力或持有效签证的情况除外（L.436-5）。

# fr: 9caf60ce
r-window-two_months =
    .title = 其他居留卡续签：到期前两个月内
    .label = 请在居留卡到期前两个月内递交续签申请。
    .late-1 = 逾期递交续签申请须缴纳 180 欧元的合法化签证费，不可抗力或持有效签证的情况除外（L.436-5）。
    .late-2 = 到期后，如果没有回执，您就没有合法居留的证明：工作权利和社会权利可能会中断。

# fr: c8f0425f
r-window-vls_ts =
    .title = VLS-TS 激活：入境法国后 3 个月内
    .label = 请在入境法国后 3 个月内在 ANEF 上激活您的长期签证。
    .late-1 = 如果 3 个月内未激活，签证不再等同居留卡：您将处于非正常居留状态，并可能被收取合法化签证费。

# fr: 12677184
r-window-first_title_after_entry =
    .title = 首次申请：入境法国后 2 个月内
    .label = 请在入境法国后 2 个月内递交首次申请。
    .late-1 = 如果入境后 3 个月内没有申请居留卡，则须缴纳合法化签证费（L.436-4）。

# fr: 8112de51
r-window-eu_family =
    .title = 欧洲人的家庭成员：入境后 3 个月内申请居留卡
    .doubt = 此规则取自 service-public 页面的旧版本（无日期）。
    .label = 请在入境法国后 3 个月内申请居留卡。

# fr: f5c8fdc3
r-rejection-four_months =
    .title = 省政府 4 个月不答复：默示拒绝
    .label = 递交后 4 个月没有答复，即视为默示拒绝。
    .then-what-1 = 您可以在上诉期限内书面要求说明默示拒绝的理由；对方必须在一个月内告知。
    .then-what-2 = 可在 2 个月内向行政法院对拒绝提出异议（不附带离境义务的拒绝）。

# fr: 5acc9792
r-rejection-student_90_days =
    .title = 延长居留的学生：90 天后默示拒绝
    .label = 对于延长居留的学生，90 天不答复即视为拒绝。
    .then-what-1 = 您可以在上诉期限内书面要求说明默示拒绝的理由；对方必须在一个月内告知。
    .then-what-2 = 可在 2 个月内向行政法院对拒绝提出异议（不附带离境义务的拒绝）。

# fr: eca31b78
r-notice-address_change =
    .title = 更改地址：须在 3 个月内申报
    .label = 申报期限
    .text = 请在搬家后 3 个月内申报新地址（有效期超过一年的居留卡）。

# fr: fd930a86
r-notice-resident_card_grace =
    .title = 过期的居民卡：凭申请证明可合法居留 3 个月
    .label = 到期之后
    .text = 如果您已申请续签，过期的居民卡和申请证明可证明您在 3 个月内合法居留，并享有工作权利和社会权利（L.433-3）。

# fr: 212369e4
r-notice-six_months_late =
    .title = 到期超过 6 个月：按首次申请处理
    .doubt = 由一家律师事务所报道（杜埃行政上诉法院，2025 年 6 月 18 日）；未读到 R.431-8 条原文。
    .label = 严重逾期
    .text = 居留卡到期 6 个月以后递交的申请可能按首次申请处理（届时可能要求签证）。

# fr: aaf5fe8a
r-notice-integration-csp =
    .title = 首张多年居留证：法语 A2 和公民考试，自 2026 年 1 月 1 日起
    .doubt = 仅由媒体报道的豁免：持“talent”居留证的人据称无需参加公民考试，阿尔及利亚人（1968 年法阿协议）据称不受影响。所查阅的资料没有说明哪些特定类别（学生、季节工等）的多年居留证可以豁免：请向省政府咨询。
    .label = 首张多年居留证：法语 A2 和公民考试
    .text = 自 2026 年 1 月 1 日起，首张多年居留证只发给法语至少 A2 水平并通过公民考试（“carte de séjour pluriannuelle”类别）的人，考试须在提交申请前完成。将一年期居留证或 VLS-TS 续签为多年居留证的情况受此影响；多年居留证的续签则不受影响。

# fr: 53629161
r-notice-integration-resident =
    .title = 首张居民卡：法语 B1 和公民考试，自 2026 年 1 月 1 日起
    .doubt = 仅由媒体报道：阿尔及利亚人（1968 年法阿协议）据称不受影响。
    .label = 首张居民卡：法语 B1 和公民考试
    .text = 自 2026 年 1 月 1 日起，首张居民卡只发给法语至少 B1 水平并通过公民考试（“carte de résident”类别）的人，考试须在提交申请前完成。居民卡续签不受影响。

# fr: 3a65d288
r-notice-integration-naturalisation =
    .title = 入籍：法语 B2 和公民考试，自 2026 年 1 月 1 日起
    .label = 入籍：法语 B2 和公民考试
    .text = 自 2026 年 1 月 1 日起，入籍要求至少 B2 法语水平并通过公民考试（“naturalisation”类别），考试须在提交申请前完成。

# fr: 1384a28c
r-notice-cst_cap =
    .title = 同一类别的临时居留证最多连续三张（L.433-1-1）
    .doubt = 未读到第 L.433-1-1 条的生效日期：本规则从 2024 年 1 月 26 日第 2024-42 号法律公布的次日开始适用。
    .label = 连续的临时居留证
    .text = 同一类别的临时居留证不能连续续签超过三次（L.433-1-1），但免于签订共和融入合同的人除外（学生、季节工、临时工、外国病人、访客、实习生）。

# fr: dceefd68
r-notice-contest-refusal =
    .title = 无 OQTF 的居留拒绝：2 个月内向行政法院起诉
    .label = 上诉期限：2 个月
    .text = 无离开法国领土命令的居留拒绝或默示拒绝，应在送达后 2 个月内向行政法院提出异议。在这 2 个月内向省长提出的复议或向部长提出的上级申诉可保留该期限。

# fr: 4476fc6d
r-notice-contest-oqtf =
    .title = 2024 年 7 月 15 日以来作出的 OQTF：1 个月、7 天或 48 小时
    .label = OQTF：期限可能只有 48 小时
    .text = 针对 2024 年 7 月 15 日以来作出的离开法国领土的命令，上诉期限为 1 个月、7 天或 48 小时，取决于决定和您的情况：行政拘留中为 48 小时，被指定居所或被关押时为 7 天。期限写在决定书的“voies et délais de recours”一栏中。48 小时和 7 天的期限从送达时起算，并按小时计算。只有 1 个月的期限会因最迟在上诉时提交的司法援助申请而中断。请立即行动。

# fr: 8c22cd25
r-notice-contest-oqtf-before_2024 =
    .title = 2024 年 7 月 15 日之前作出的 OQTF：30 天、15 天或 48 小时
    .label = OQTF：期限可能只有 48 小时
    .text = 针对离开法国领土的命令，上诉期限为 30 天、15 天或 48 小时，取决于决定和您的情况。期限写在决定书的“voies et délais de recours”一栏中。请立即行动。

# fr: 3615a949
r-provisional-api =
    .title = 按时递交的 ANEF 续签：审理延期证明
    .summary = 如果您的申请材料齐全并在期限内递交，且审理持续到您的居留卡到期之后，省政府必须在 ANEF 上为您提供审理延期证明。
    .validity = 最长 3 个月，在省长作出决定前可续期。
    .lawful-stay = 是，凭您过期的居留卡。
    .work = 是，如果您原来的居留卡允许工作。

# fr: f3da7aba
r-provisional-api-late =
    .title = 超期递交的 ANEF 续签：只有递交确认
    .summary = 您的申请是在规定期限之外递交的：您只会收到递交确认，不能证明您合法居留。

# fr: 33ae9c2d
r-provisional-anef_first =
    .title = 在 ANEF 上首次申请或变更身份：递交确认
    .summary = 递交时，ANEF 会立即出具递交确认。它证明您已递交，但不证明您合法居留。如果决定是批准，随后会有批准决定证明。

# fr: 639eb76b
r-provisional-recepisse =
    .title = 在窗口、邮寄或通过 Démarches simplifiées 申请：回执
    .summary = 材料齐全的申请会获得回执，在省政府通知您前往时发给您。您须在回执到期前自行申请续签。
    .validity = 首次申请：4 或 6 个月。续签：自居留卡到期次日起 3 个月，可续期。
    .work = 取决于所申请的居留卡：续签原本允许工作的居留卡时可以工作，部分首次申请（雇员、私人和家庭生活……）也可以。
    .social-rights = 续签时可以；首次申请则取决于居留卡类型。
    .travel = 首次申请的回执不允许离开法国后再返回。

# fr: 877558e2
r-provisional-recepisse-aes =
    .title = 特殊准入：回执不允许工作
    .summary = 材料齐全的申请会获得回执，在省政府通知您前往时发给您。对于特殊准入居留，回执在有效期内证明您的居留合法，但不允许您工作。
    .validity = 回执上写明的期限；您须在到期前自行申请续签。
    .travel = 首次申请的回执不允许离开法国后再返回。

# fr: c48ab43e
r-provisional-recepisse-ase_16_18 =
    .title = 16 至 18 岁之间交给 ASE 的青年（L.435-3）：回执不允许工作
    .summary = 材料齐全的申请会获得回执，在省政府通知您前往时发给您。对于根据第 L.435-3 条提出的申请，回执在有效期内证明您的居留合法，但法律条文没有规定它允许工作。
    .validity = 回执上写明的期限；您须在到期前自行申请续签。
    .travel = 首次申请的回执不允许离开法国后再返回。

# fr: 0964b8bd
r-provisional-recepisse-r431_14-work =
    .title = 以雇员或临时工身份首次申请：如果符合工作许可的条件，回执允许工作（R.431-14）
    .doubt = 清单读自 Légifrance 2023 年 12 月 2 日的版本，来源中的清单不完整。
    .summary = 材料齐全的申请会获得回执，在省政府通知您前往时发给您。对于“salarié”或“travailleur temporaire”的首次申请，如果符合工作许可的条件，回执允许工作。
    .validity = 首次申请：4 或 6 个月。您须在到期前自行申请续签。
    .work = 是的，如果符合工作许可的条件（劳动法第 L.5221-1 条）。
    .travel = 首次申请的回执不允许离开法国后再返回。

# fr: deea1601
r-provisional-recepisse-r431_14-family =
    .title = 以法国人配偶或父母、人口贩卖受害者、passeport talent 身份首次申请：回执允许工作（R.431-14）
    .doubt = 清单读自 Légifrance 2023 年 12 月 2 日的版本，来源中的清单不完整；相关类别为第 L.423-1 条（法国人配偶）、第 L.423-7 条（法国儿童的父母）、第 L.425-1 条（人口贩卖受害者）以及 passeport talent。
    .summary = 材料齐全的申请会获得回执，在省政府通知您前往时发给您。对于此次首次申请，回执允许工作。
    .validity = 首次申请：4 或 6 个月。您须在到期前自行申请续签。
    .travel = 首次申请的回执不允许离开法国后再返回。

# fr: 10d3e01d
r-doc-identity =
    .title = 身份证件
    .label = 护照（身份信息页、有效期、签证和入境章）或其他带照片的身份证件
    .details = 如无护照：领事证明、带照片的身份证或领事证，或 6 个月内开具的带照片的国籍证明。

# fr: 2f39d205
r-doc-birth_certificate =
    .title = 出生证明
    .label = 出生证明全文副本，含最新的附注
    .details = 如有需要，附上下令登记的判决（宣告判决或补充判决）。

# fr: a7c9662e
r-doc-sworn_translation =
    .title = 外国文书的翻译
    .label = 由上诉法院认可的宣誓翻译将外国民事身份文书译成法文

# fr: db26685e
r-doc-proof_of_address =
    .title = 3 个月内的住址证明
    .label = 3 个月内的住址证明
    .details = 账单（电、燃气、水、固定电话、网络）、房租收据、租约、住房保险。如果您借住他人家中：房主签名的证明、其身份证件或居留卡，以及其住址证明。

# fr: a58ea8ba
r-doc-proof_of_address-anef =
    .title = 6 个月内的住址证明（ANEF 申请）
    .label = 6 个月内的住址证明
    .details = 账单（电、燃气、水、固定电话、网络）、房租收据、租约、住房保险。如果您借住他人家中：房主签名的证明、其身份证件或居留卡，以及其住址证明。

# fr: 01358e10
r-doc-photos =
    .title = 证件照
    .label = 2 至 3 张近期相同的证件照，35 × 45 毫米
    .details = 免冠、表情自然、浅色纯色背景。

# fr: fe17df9e
r-doc-photos-anef =
    .title = 电子照片代码（ANEF 申请）
    .label = 电子照片代码（数字照片和签名）
    .details = 请到摄影师处或带有“Agréé ANTS”标志的照相亭拍摄。

# fr: b611de04
r-doc-current_title =
    .title = 现有居留卡
    .label = 您现在的居留卡（正反面）

# fr: 29a6f484
r-doc-tax-general =
    .title = 印花税票：一般情况（至 2026 年 4 月 30 日）
    .label = 电子印花税票：225 欧元（200 欧元税费和 25 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 225 欧元

# fr: 2d3e3253
r-doc-tax-first-2026 =
    .title = 印花税票：首次发放，自 2026 年财政法起
    .doubt = 该上调已获宪法委员会确认（2026 年 2 月 19 日第 2026-901 DC 号决定）；据报道于“2026 年 5 月”生效，具体日期（5 月 1 日）未在《政府公报》（Journal officiel）中读到。对于身份变更，显示的是首次发放的金额：所查阅的资料没有说明。请在 timbres.impots.gouv.fr 上核实金额。
    .label = 电子印花税票：350 欧元（300 欧元税费和 50 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 350 欧元

# fr: 44a37a9a
r-doc-tax-renewal-2026 =
    .title = 印花税票：续签，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。LCP 称“续签”税费上调；而 FAS 引用的 Unafo 表格逐项列出金额，续签税仍为 200 欧元：此处显示的是该金额。请在 timbres.impots.gouv.fr 上核实。
    .label = 电子印花税票：250 欧元（200 欧元税费和 50 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 250 欧元

# fr: 5fe1dbf1
r-doc-tax-reduced =
    .title = 印花税票：减免费率（学生、季节工、家庭团聚等），至 2026 年 4 月 30 日
    .label = 电子印花税票：75 欧元（50 欧元优惠税费和 25 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 75 欧元

# fr: edb257b7
r-doc-tax-reduced-first-2026 =
    .title = 印花税票：减免费率，首次发放，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。请在 timbres.impots.gouv.fr 上核实金额。
    .label = 电子印花税票：150 欧元（100 欧元减免税费和 50 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 150 欧元

# fr: fdd9f8e3
r-doc-tax-reduced-renewal-2026 =
    .title = 印花税票：减免费率，续签，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。请在 timbres.impots.gouv.fr 上核实金额。
    .label = 电子印花税票：100 欧元（50 欧元减免税费和 50 欧元印花税）
    .details = 在 timbres.impots.gouv.fr（“titres pour étrangers”）或在授权烟草店购买；领取居留卡时需出示证明。
    .amount = 100 欧元

# fr: 2b548f05
r-doc-tax-exempt_first =
    .title = 首次发放免缴 200 欧元税费（外国病人、难民、辅助保护），至 2026 年 4 月 30 日
    .label = 此次首次发放不收 200 欧元税费；印花税 25 欧元
    .amount = 25 欧元

# fr: 4b79f497
r-doc-tax-exempt_first-ase =
    .title = 最迟 16 岁时交给 ASE 的青年：首张居留卡免税（L.423-22），至 2026 年 4 月 30 日
    .label = 此次首次发放不收 200 欧元税费；印花税 25 欧元
    .amount = 25 欧元

# fr: ef6bb982
r-doc-tax-exempt_first-2026 =
    .title = 首次发放免税（外国病人、难民、辅助保护），自 2026 年财政法起
    .doubt = 50 欧元印花税的生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 此次首次发放免税；印花税 50 欧元
    .amount = 50 欧元

# fr: b6f29cc5
r-doc-tax-exempt_first-ase-2026 =
    .title = 最迟 16 岁时交给 ASE 的青年：首张居留卡免税（L.423-22），自 2026 年财政法起
    .doubt = 50 欧元印花税的生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 此次首次发放免税；印花税 50 欧元
    .amount = 50 欧元

# fr: 40370a62
r-doc-tax-aps =
    .title = 临时居留许可（病童父母）：无居留证税费，至 2026 年 4 月 30 日
    .doubt = 所查阅的资料没有说明临时居留许可是否需要缴纳 25 欧元印花税。
    .label = 无 200 欧元税费：临时居留许可不需缴纳该税

# fr: 4c9310f3
r-doc-tax-aps-2026 =
    .title = 临时居留许可（病童父母）：100 欧元税费，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到；资料没有说明是否另加 50 欧元印花税。
    .label = 临时居留许可税费 100 欧元
    .amount = 100 欧元

# fr: 4b1078ea
r-doc-tax-trafficking =
    .title = 人口贩卖或淫媒活动的受害者：不收税费也不收印花税
    .label = 不收税费也不收印花税
    .amount = 0 欧元

# fr: 88920689
r-doc-tax-eu_citizen =
    .title = 欧盟公民：居留卡免费
    .label = 居留卡免费：无需印花税票
    .amount = 0 欧元

# fr: 7d1b3405
r-doc-tax-duplicate =
    .title = 补办所需的印花税票（至 2026 年 4 月 30 日）
    .label = 印花税票：一般为 225 欧元
    .details = 学生居留卡、工伤／职业病年金、实习生、互惠生（jeune au pair）、家庭团聚或季节工为 75 欧元；由 ASE 照管的青年为 25 欧元；家庭暴力、人口贩卖或淫媒活动的受害者免费。
    .amount = 225 欧元

# fr: e03c4bc6
r-doc-tax-duplicate-2026 =
    .title = 补办所需的印花税票，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。金额根据该类别的续签税（L.436-2）和 50 欧元印花税推算。
    .label = 印花税票：一般为 250 欧元（200 欧元税费和 50 欧元印花税）
    .details = 学生居留卡、工伤／职业病年金、实习生、互惠生（jeune au pair）、家庭团聚或季节工为 100 欧元（50 欧元减免税费和 50 欧元印花税）；由 ASE 照管的青年为 50 欧元（仅印花税）；家庭暴力、人口贩卖或淫媒活动的受害者免费。
    .amount = 250 欧元

# fr: 6b022229
r-doc-tax-address_change =
    .title = 地址变更所需的印花税票（至 2026 年 4 月 30 日）
    .label = 印花税票：25 欧元
    .details = 欧盟、欧洲经济区或瑞士公民及其家庭成员免费。
    .amount = 25 欧元

# fr: 9f96397f
r-doc-tax-address_change-2026 =
    .title = 地址变更所需的印花税票，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 印花税票：50 欧元（印花税）
    .details = 欧盟、欧洲经济区或瑞士公民及其家庭成员免费。
    .amount = 50 欧元

# fr: 3d64bedc
r-doc-tax-address_change-eu =
    .title = 欧洲人及其家属更改地址免费
    .label = 无需印花税票
    .amount = 0 欧元

# fr: 7cfcc497
r-doc-tax-dcem =
    .title = DCEM 的税费
    .label = 50 欧元税费（L.436-3）
    .amount = 50 欧元

# fr: 079d61f6
r-doc-tax-naturalisation =
    .title = 入籍：印花税 55 欧元（至 2026 年 4 月 30 日）
    .doubt = 此前的金额来自 Unafo 的表格；未找到其开始适用的日期（本规则从 NATALI 开通时开始）。
    .label = 55 欧元印花税票
    .amount = 55 欧元

# fr: ec1899ab
r-doc-tax-naturalisation-2026 =
    .title = 入籍：印花税 255 欧元，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 255 欧元印花税票
    .amount = 255 欧元

# fr: f4667050
r-doc-regularisation_visa-aes =
    .title = 特殊准入：合法化签证费（至 2026 年 4 月 30 日）
    .label = 合法化签证费：200 欧元，其中 50 欧元在提交申请时支付，不予退还
    .details = 在居留证的税费和印花税之外另行缴纳。
    .amount = 200 欧元

# fr: 3f648656
r-doc-regularisation_visa-irregular =
    .title = 非正常居留：合法化签证费（至 2026 年 4 月 30 日）
    .label = 合法化签证费：200 欧元，其中 50 欧元在提交申请时支付，不予退还
    .details = 在居留证的税费和印花税之外另行缴纳。
    .amount = 200 欧元

# fr: 873f151a
r-doc-regularisation_visa-aes-2026 =
    .title = 特殊准入：合法化签证费，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 合法化签证费：300 欧元，其中 100 欧元在提交申请时支付，不予退还
    .details = 在居留证的税费和印花税之外另行缴纳。
    .amount = 300 欧元

# fr: cf6186a5
r-doc-regularisation_visa-irregular-2026 =
    .title = 非正常居留：合法化签证费，自 2026 年财政法起
    .doubt = 生效日期（2026 年 5 月 1 日）为报道所述，未在《政府公报》（Journal officiel）中读到。
    .label = 合法化签证费：300 欧元，其中 100 欧元在提交申请时支付，不予退还
    .details = 在居留证的税费和印花税之外另行缴纳。
    .amount = 300 欧元

# fr: 09b27bcc
r-doc-late_renewal_fee =
    .title = 逾期提交的续签：合法化签证费 180 欧元（L.436-5）
    .label = 逾期续签的合法化签证费 180 欧元（L.436-5）
    .details = 遇不可抗力或持有有效签证时无需缴纳。
    .amount = 180 欧元

# fr: d31eb200
r-doc-student =
    .title = 学生：注册和经济来源
    .label = 注册证明、成绩单和经济来源证明（每月至少 615 欧元）
    .details = 学业必须真实、认真（出勤、成绩、对转专业的说明）。
    .amount = 每月 615 欧元

# fr: c4094fde
r-doc-work_authorisation =
    .title = 雇员：工作许可
    .label = 由雇主在 ANEF 上获得的工作许可

# fr: 5bb564bf
r-doc-french_spouse =
    .title = 法国人的配偶：婚姻和共同生活
    .label = 结婚证书（如在国外结婚，须在南特登记）、配偶的法国身份证件、共同生活的证明

# fr: 291889a9
r-doc-visitor =
    .title = 访客：经济来源、保险、承诺
    .label = 经济来源证明（至少达到最低工资净额）、医疗保险、不工作的书面承诺

# fr: d095e546
r-doc-sick_foreigner =
    .title = 患病的外国人：给 OFII 的医疗证明
    .label = 由您的医生填写的医疗证明，须在一个月内寄给 OFII 的医疗部门
    .details = 庇护申请人为 3 个月。

# fr: 55005295
r-doc-eu_family =
    .title = 欧洲人家属：亲属关系
    .label = 欧洲公民的身份证件和亲属关系证明（结婚证书、出生证明……）

# fr: 5eec426e
r-doc-duplicate-loss =
    .title = 补办：遗失或被盗声明
    .label = 遗失：书面声明；被盗：警察局或宪兵队的报案回执
    .details = 如被盗，请先向警察局或宪兵队报案。如有遗失卡片的复印件，请一并附上。

# fr: e01ff460
r-doc-integration-csp =
    .title = 首张多年居留证：A2 水平和公民考试的证明
    .label = 公民考试（多年居留证）合格证明和至少 A2 法语水平证明
    .details = 法语文凭或证书；认可的文凭和证书清单以及医疗豁免由 2025 年 12 月 22 日和 30 日的部令（arrêtés）规定。

# fr: 1bc8a0c3
r-doc-integration-resident =
    .title = 首张居民卡：B1 水平和公民考试的证明
    .label = 公民考试（居民卡）合格证明和至少 B1 法语水平证明
    .details = 法语文凭或证书；认可的文凭和证书清单以及医疗豁免由 2025 年 12 月 22 日和 30 日的部令（arrêtés）规定。

# fr: c2a731b0
r-doc-integration-naturalisation =
    .title = 入籍：B2 水平和公民考试的证明
    .label = 公民考试（入籍）合格证明和至少 B2 法语水平证明
    .details = 法语文凭或证书；认可的文凭和证书清单以及医疗豁免由 2025 年 12 月 22 日和 30 日的部令（arrêtés）规定。

# fr: de8dc20f
r-doc-contest-decision =
    .title = 对决定提出异议：决定书及其送达日期
    .label = 收到的决定书（拒绝或 OQTF）及其送达日期的证明
    .details = 信封、回执或当面交付的文件：上诉期限从送达时起算。

# fr: 5d04e9fe
r-14-pan =
    .title = 卡尔瓦多斯：通过电子邮件或窗口预约数字接待点
    .doubt = 卡尔瓦多斯 ASTI（协会）指南，更新于 2025 年 1 月 23 日；请在省政府网站上核实。
    .label = 预约卡尔瓦多斯省政府的数字接待点：通过电子邮件或在移民处窗口
    .details-1 = 发电子邮件至 pref-etrangers@calvados.gouv.fr，说明所办手续；或前往移民处窗口，rue Choron, 14000 Caen，周一至周五 8:45 至 12:30，14:00 至 16:00。
    .details-2 = 必须附上：原因（不会使用工具或技术问题，附公民联络中心的证明）；电子照片（照片及代码）；身份信息（姓、名、出生日期、国籍）；签证、护照或居留卡（即使已过期）的照片；申请类型（首次申请或续签，是否已有正在办理的申请）；居留卡理由；电话或电子邮箱。
    .details-3 = 没有这些信息，不会给予任何预约。预约是为了递交申请，而不是为了获得临时文件。
    .hours-2 = 周一至周五 8:45 至 12:30，14:00 至 16:00

# fr: 26110ff4
r-14-api_request =
    .title = 卡尔瓦多斯：通过电子邮件紧急申请延期证明
    .doubt = 卡尔瓦多斯 ASTI（协会）指南，更新于 2025 年 1 月 23 日；请在省政府网站上核实。
    .label = 如果没有收到延期证明：写信至 pref-etrangers@calvados.gouv.fr
    .details-1 = 主题：“URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande”。
    .details-2 = 请注明您的 AGDREF 号码、所持居留卡及其日期、ANEF 申请编号和递交日期，以及后果（工作中断……）。附上递交确认。
    .details-3 = 如在合理期限内没有答复：向卡昂行政法院提起“mesures utiles”紧急审理。

# fr: 834d5a51
r-35-pan =
    .title = 伊勒-维莱讷：数字接入点，向总机咨询
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .label = 使用伊勒-维莱讷省政府的数字接入点：请向总机咨询
    .details-1 = 数字接待点（PAN）帮助递交申请；它不检查材料是否齐全，也不发放临时文件。

# fr: 8b5bf342
r-help-digital =
    .title = 在您附近获得网上手续帮助
    .label = 获得网上手续的帮助（France services、数字包容场所）
    .details-1 = France services 的工作人员可以协助您办理网上手续。
    .details-2 = 数字包容场所地图显示在哪里可以找到电脑和帮助。

# fr: b2ad7158
r-help-ccc =
    .title = ANEF：公民联络中心（ANTS）
    .label = 致电 ANEF 公民联络中心，或通过“Nous contacter”表格写信
    .details-1 = 顾问可以帮助递交申请、告知办理进度并报告异常；他们不解决个人的技术问题，也不就实质内容提供建议。
    .details-2 = 请索取一份证明无法在线递交的文件：凭此可以使用数字接待点和替代方案。
    .details-3 = 从海外领地或国外拨打：09 70 83 07 07（据 service-public，2023 年）。
    .hours-1 = 周一至周五 7:45 至 19:00，周六 8:00 至 17:00（本地通话费）
    .hours-2 = 周一至周五 7:45 至 19:00，周六 8:00 至 17:00

# fr: b6a67742
r-help-pan =
    .title = ANEF：省政府的数字接待点（PAN）
    .label = 预约您所在省政府的数字接待点（PAN）
    .details-1 = 适用于不熟悉数字工具、没有设备或因技术问题受阻的人。
    .details-2 = 省政府必须提供至少两种预约方式，其中一种不是数字方式。
    .details-3 = 数字接待点（PAN）帮助递交申请；它不检查材料是否齐全，也不发放临时文件。

# fr: 540ed844
r-help-substitution =
    .title = ANEF：替代方案（现场递交）
    .label = 申请替代方案：现场预约以登记申请
    .details-1 = 只有在联系过公民联络中心和数字接待点之后才可以。
    .details-2 = 或者省政府在确认技术上无法办理后邀请您，或者您出示公民联络中心出具的证明文件。
    .details-3 = 您可以要求通过邮寄或电子邮件递交。

# fr: 29e7f312
r-help-api_request =
    .title = 未提供延期证明：向省政府紧急申请
    .label = 如果没有收到延期证明：紧急写信给省政府
    .details-1 = 主题：“URGENT : Mise à disposition d'une attestation de prolongation de l'instruction d'une demande”。
    .details-2 = 请注明您的 AGDREF 号码、所持居留卡及其日期、ANEF 申请编号和递交日期，以及后果（工作中断……）。
    .details-3 = 附上递交确认。

# fr: 5c87c8d4
r-help-appointment_evidence =
    .title = 没有可预约的时段：保留有日期的证据
    .label = 如果没有可预约的时段：记录每一次尝试并保留有日期的截图
    .details-1 = 请在不同的日期和时间、跨越一周以上进行尝试：法官要求的尝试不能都在同一周。
    .details-2 = 也请保留寄给省政府的电子邮件和信件。

# fr: 1e92970f
r-help-natali_paper =
    .title = 无法使用 NATALI：邮寄纸质材料
    .label = 如果无法在 NATALI 上递交并且您能证明这一点：邮寄纸质材料

# fr: 1398eaae
r-help-refere =
    .title = “mesures utiles”紧急审理（行政司法法典第 L.521-3 条）
    .label = 向行政法院提起“mesures utiles”紧急审理，以获得预约或证明
    .details-1 = 法官可以命令省政府在其规定的期限内给予预约或提供证明。
    .details-2 = 您必须证明情况紧急并且多次尝试：在不同日期和时间、跨越一周以上的尝试，以及未获回复的电子邮件。
    .details-3 = 律师或专业协会可以帮助您；法律援助可以承担费用。

# fr: 3b77a859
r-help-ddd =
    .title = 权利捍卫者（Défenseur des droits）
    .label = 向权利捍卫者申诉（免费）：在线表格、您附近的代表、电话或信件
    .details-1 = 在此之前，您必须已经尝试与行政部门解决问题。
    .details-2 = 权利捍卫者的代表可以在您附近接待您。

# fr: 4c6aa157
r-help-contest-lawyer =
    .title = 拒绝或 OQTF：立即找律师
    .label = 立即找律师：您所在城市律师公会（ordre des avocats）的值班咨询
    .details-1 = 请带上决定书以及您收到它的日期证明。

# fr: 046fd5e6
r-help-contest-legal_aid =
    .title = 拒绝或 OQTF：申请司法援助
    .label = 申请司法援助（aide juridictionnelle），由其承担律师费用
    .details-1 = 针对期限为 1 个月的 OQTF，最迟在提出上诉时提交的司法援助申请会中断该期限；但不会中断 7 天和 48 小时的期限。

# fr: f7654ad9
r-help-contest-association =
    .title = 拒绝或 OQTF：帮助外国人的协会
    .label = 向协会求助（La Cimade、ASTI 等）

# fr: e03ea1aa
r-06-note-talent =
    .title = Passeport talent：Alpes-Maritimes 省政府的信息页面
    .text = Alpes-Maritimes 省政府有一个关于 passeport talent 的信息页面（首次申请和续签）。

# fr: 4c72c2e7
r-06-note-asylum =
    .title = 滨海阿尔卑斯省的庇护：Forum Réfugiés 在尼斯和土伦的平台
    .text = 在滨海阿尔卑斯省，GUDA 的预约通过 Forum Réfugiés 在尼斯和土伦的首次接待平台获得。

# fr: 9ddf6184
r-06-note-bpi_fallback =
    .title = 国际保护受益人：ANEF 无法使用时的备用地址
    .text = 如果 ANEF 在线服务无法使用，请写信至 pref-renouvellement-ada@alpes-maritimes.gouv.fr，并附上故障截图。

# fr: 13d53eb6
r-06-note-cadam_open =
    .title = CADAM（尼斯）免预约接待点
    .doubt = 非官方来源（律师、媒体）转述省政府的公告。
    .text = CADAM（boulevard du Mercantour, Nice）设有免预约接待点：周一 13:00–15:30；周二、周三和周五 8:30–10:00。可用于预约网上手续、登记延期证明申请或领取表格。

# fr: 82b2049a
r-06-note-cadam_closed =
    .title = CADAM 免预约接待点因施工关闭
    .doubt = 媒体来源转述省政府 2025 年 7 月 4 日的公告；请在省政府网站上核实接待是否已恢复。
    .text = CADAM 免预约接待点自 2025 年 7 月 11 日起因施工关闭，未公布重新开放日期；只接待已确认的预约和领取居留卡。

# fr: 1371e8a9
r-87-note-concomitant =
    .title = 同时提出庇护和居留申请
    .doubt = 未注明日期的 Démarches simplifiées 页面（仍包含 2020–2021 年的新冠手续）：此后该手续可能已关闭或改到 ANEF。请在省政府网站上核实。
    .text = 在上维埃纳省，与庇护申请同时提出的居留卡申请须通过专门的 Démarches simplifiées 表格办理。

# fr: 98ca49aa
r-note-scams =
    .title = 预约免费：谨防收费网站
    .text = 预约是免费的。只使用官方网站（以 .gouv.fr 或 demarches-simplifiees.fr 结尾的地址）；收取预约费用的网站是诈骗。居留证本身的税费则另外用印花税票支付。

# fr: ed973d38
r-note-asylum_ile_de_france =
    .title = 法兰西岛：通过电话预约 SPADA（OFII 平台）
    .text = 在法兰西岛，SPADA 的预约只能通过电话向 OFII 平台办理：01 42 50 09 00（约十二种语言）。

# fr: fc3f268c
r-note-apt =
    .title = 学生的临时工作许可
    .text = 学生或雇主：临时工作许可在线申请。

# fr: ead5ceac
r-note-first_resident_card-a2 =
    .title = 续签时申请首张居民卡（A2 水平）
    .text = 如需在本次续签时申请居民卡，请在 ANEF 的“observation”栏中写上“je sollicite une carte de résident”，并附上法语 A2 水平证明。

# fr: ad7b37db
r-note-first_resident_card-b1 =
    .title = 续签时申请首张居民卡（B1 水平和公民考试）
    .text = 如需在本次续签时申请居民卡，请在 ANEF 的“observation”栏中写上“je sollicite une carte de résident”。自 2026 年 1 月 1 日起，首张居民卡要求法语 B1 水平并通过公民考试（“carte de résident”类别）。

# fr: 389799ca
r-note-covid_extension =
    .title = 新冠：2020 年 3 月 16 日至 6 月 15 日之间到期的居留证件延长 6 个月
    .text = 新冠措施：在 2020 年 3 月 16 日至 6 月 15 日之间到期的居留卡、回执、APS 或长期签证自动延长 6 个月，并保留工作权利和社会权利。

# fr: 6f2e81ed
r-limit-api_validity =
    .title = 延长审理证明：最长三个月（R.431-15-1）

# fr: c24338e7
r-limit-first_request_after_expiry =
    .title = 过期超过 6 个月后，续签可能被视为首次申请
    .doubt = 由一家律师事务所报道（杜埃行政上诉法院，2025 年 6 月 18 日）；未读到 R.431-8 条原文。

# fr: c65217c7
r-limit-evidence_bar =
    .title = 向法官证明尝试：不同的日子、时间和星期，跨越一周以上
    .doubt = 最高行政法院（Conseil d'État）没有规定具体数字：至少两个不同的日子、两个不同的时间和两个不同的星期、跨越七天以上，是 Passerelle 对其判决的理解（六天内四次尝试并不足够）。

# fr: 19c1267f
r-limit-refusal_appeal =
    .title = 无 OQTF 的居留拒绝（包括默示拒绝）：两个月内向行政法院起诉

# fr: 956d4a06
r-letter-api_urgent =
    .title = 信函：紧急申请延长审理证明

# fr: 837d9764
r-letter-pan_appointment =
    .title = 信函：申请在数字接待点预约

# fr: 8b25c61c
r-letter-substitution =
    .title = 信函：申请替代方案

# fr: 3fb3f346
r-letter-implicit_rejection_reasons =
    .title = 信函：申请说明默示拒绝的理由

# fr: e7ec58bf
r-letter-refere_evidence =
    .title = 信函：尝试证明材料，用于“mesures utiles”紧急诉讼

# fr: 84fc4678
r-letter-defenseur-attempts =
    .title = 信函：在多次尝试无果后向权利保护官（Défenseur des droits）申诉

# fr: 27dde6d3
r-letter-defenseur-anef =
    .title = 信函：因 ANEF 上的手续受阻向权利保护官（Défenseur des droits）申诉

# fr: 04f5018d
r-glossary-recepisse =
    .title = 难词：回执（récépissé）
    .term = 回执
    .words = 回执
    .text = 回执（récépissé）是在您的材料齐全时省政府给您的一张纸，用于不在 ANEF 上提交的申请。它证明您的申请正在办理。通常要去省政府领取。

# fr: efa65461
r-glossary-attestation_prolongation =
    .title = 难词：延期证明
    .term = 延期证明
    .words = 延期证明
    .text = 这是当您的居留证在申请审理结束前到期时，您在 ANEF 上下载的一张纸。它保留您的权利（居留，以及原居留证允许的工作）。最长有效三个月。

# fr: a7d7c800
r-glossary-confirmation_depot =
    .title = 难词：递交确认
    .term = 递交确认
    .words = 递交确认
    .text = 这是您已在 ANEF 上递交申请的证明。它不能证明您的居留合法，也不能用来出境旅行。

# fr: a7c7c7af
r-glossary-decision_favorable =
    .title = 难词：同意决定证明
    .term = 同意决定
    .words = 同意决定
    .text = 省政府同意了您的申请。在领到卡之前，这张 ANEF 的纸证明您的居留合法。

# fr: f64918a5
r-glossary-vls_ts =
    .title = 难词：VLS-TS
    .term = VLS-TS
    .words = VLS-TS
    .text = VLS-TS 是一种可当作居留证的长期签证。到法国后 3 个月内必须在网上确认。

# fr: 322296ef
r-glossary-agdref =
    .title = 难词：AGDREF 号码
    .doubt = 资料在一封写给省政府的信的样本中给出这个号码，但没有说它写在本人哪份证件上。
    .term = AGDREF 号码
    .words = AGDREF
    .text = 这是您在省政府的外国人档案号码。写信给省政府时请写上它。

# fr: c3383a83
r-glossary-anef =
    .title = 难词：ANEF
    .term = ANEF
    .words = ANEF
    .text = ANEF 是国家办理居留申请的官方网站（Administration numérique pour les étrangers en France）。您在上面建立帐户、递交申请、下载文件。

# fr: ee3f8c35
r-glossary-pan =
    .title = 难词：数字接待点（PAN）
    .term = 数字接待点
    .words = 数字接待点, PAN
    .text = 这是省政府的一个办公室，有人帮您在电脑上提交申请。它为不会用电脑或遇到技术问题的人而设。需要预约。

# fr: c54a59b2
r-glossary-timbre_fiscal =
    .title = 难词：印花税票
    .term = 印花税票
    .words = 印花税票, 税票
    .text = 这是支付居留证费用的方式。可在网上或烟草店购买。您会收到一个 PDF 或短信代码。

# fr: 7da03d43
r-glossary-e_photo =
    .title = 难词：e-photo
    .term = e-photo
    .words = e-photo
    .text = 这是带您的签名和代码的证件照，用于 ANEF 申请。在 ANTS 认可的照相馆或照相亭拍摄。把代码写进您的申请。

# fr: 720f6f96
r-glossary-titre_de_sejour =
    .title = 难词：居留证（titre de séjour）
    .term = 居留证
    .words = 居留证, 居留许可
    .text = 这是让您可以在法国合法生活的证件。可以是临时居留卡、多年居留卡、居民卡或阿尔及利亚居留证明。

# fr: 812b66a2
r-glossary-cards =
    .title = 难词：CST、CSP、居民卡
    .doubt = 资料中没有写临时居留卡的有效期，所以这里不说。
    .term = CST, CSP, 居民卡
    .words = CST, CSP, 居民卡
    .text = 这些都是居留证：临时居留卡（CST）、多年居留卡（CSP，最长 4 年）和居民卡（十年）。续签 CST 或 CSP 时可以申请居民卡。

# fr: 5db30b7b
r-glossary-oqtf =
    .title = 难词：OQTF
    .doubt = 资料中没有写这个缩写的意思，只给出了期限。
    .term = OQTF
    .words = OQTF
    .text = OQTF 是省政府要求您离开法国的决定（obligation de quitter le territoire français）。可以向行政法院提出异议，但期限很短：请在决定书上看清期限，并尽快求助。

# fr: 3c234194
r-glossary-refere =
    .title = 难词：紧急审理 «mesures utiles»
    .term = 紧急审理
    .words = 紧急审理, mesures utiles
    .text = 这是向行政法院法官提出的紧急请求。法官可以要求省政府采取行动，例如给您预约或证件。律师或协会可以帮助您。

# fr: 8c589174
r-glossary-ddd =
    .title = 难词：权利保护官
    .term = 权利保护官
    .words = 权利保护官, Défenseur des droits
    .text = 这是免费的国家机构。它受理针对公共服务的投诉，也包括省政府。可以在网上、写信或找您附近的代表联系它。

# fr: 39c2adf3
r-glossary-prefecture =
    .title = 难词：省政府、副省政府
    .term = 省政府, 副省政府
    .words = 省政府, 副省政府
    .text = 省政府是国家在您所在省的行政机关：由省长决定居留证。根据您住的地方，不在 ANEF 上提交的申请要交到省政府或本省的副省政府；在巴黎，交到警察局（Préfecture de police）。

# fr: b252b84a
r-glossary-examen_civique =
    .title = 难词：公民考试
    .doubt = 考试的方式（45 分钟 40 道题，答对 32 道）只见于媒体报道。
    .term = 公民考试
    .words = 公民考试
    .text = 这是递交申请前必须通过的考试：45 分钟 40 道题，至少答对 32 道。自 2026 年 1 月 1 日起，首次申请多年居留卡、首次申请居民卡或入籍都需要它。

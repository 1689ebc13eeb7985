"""The platform's result codes: message and what the user should do. The one table of them.

The client turns a code into a typed error carrying this guidance; the simulator answers with
these messages; the window and the command line show the guidance. Each code also carries the
spec's own Chinese (附录 1 of barcode-cloud-open-api.zh.txt): its status (状态) and guidance
(排错指引) word for word, which the window shows when it speaks Chinese, and where the spec's
guidance is empty or written for a programmer, what to do in this program, in Chinese
(`zh_hint`). A test holds the Chinese to the spec's table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResultCode:
    """One result code of the platform."""

    code: int
    msg: str
    guidance: str
    zh_status: str = ""  # the spec's 状态, word for word
    zh_guidance: str = ""  # the spec's 排错指引, word for word ("" where it has none)
    zh_hint: str = ""  # ours: what to do in this program, where the spec does not say


_CODES = (
    ResultCode(
        0,
        "ok",
        "success",
        zh_status="成功",
    ),
    ResultCode(
        -1,
        "REQUEST_HEADER_ERROR",
        "the request header is wrong; it must be Content-Type: "
        "application/json;charset=UTF-8 (a bug in this program: please report it)",
        zh_status="请求头错误",
        zh_guidance=(
            "检查请求头是否符合开发文档要求。 请求头需要使用 "
            "Content-Type: application/json; charset=UTF-8"
        ),
        zh_hint="这是本程序的错误，请报告给我们",
    ),
    ResultCode(
        -2,
        "REQUEST_PARAM_INVALID",
        "a field is empty, malformed or out of range; check what you entered",
        zh_status="参数不合法",
        zh_guidance="参数值为空或格式、大小不符合要求",
        zh_hint="请检查所填写的内容",
    ),
    ResultCode(
        -3,
        "REQUEST_SIGN_FAILED",
        "the signature is wrong: check the user name and UserKEY (xplabel account "
        "login) and this computer's clock",
        zh_status="参数签名失败",
        zh_guidance="请参考请求公共参数 sign 字段说明",
        zh_hint="请检查用户名和 UserKEY（文件 > 账号…）以及本机的日期和时间",
    ),
    ResultCode(
        -4,
        "REQUEST_USER_NOT_REGISTER",
        "this account is not registered on the platform; check the user name or contact Xpyun",
        zh_status="用户未注册",
        zh_guidance="需联系管理人员注册账号",
    ),
    ResultCode(
        1001,
        "SN_USER_NOT_MATCH",
        "the printer belongs to another account; remove it there first",
        zh_status="打印机编号和用户不匹配",
        zh_hint="这台打印机已添加在另一个账号下，请先在那个账号中删除它",
    ),
    ResultCode(
        1002,
        "PRINTER_NOT_REGISTER",
        "add the printer first (xplabel printer add SN NAME, or the web console)",
        zh_status="打印机未注册",
        zh_guidance="需要先调用添加打印机接口添加打印机或登录云平台在【打印管理→打印机机管理】里面添加打印机",
        zh_hint="可在打印机面板中点“添加…”",
    ),
    ResultCode(
        1003,
        "PRINTER_OFFLINE",
        "the printer has no network connection; check its power and network, or print "
        "with mode 1 to queue the order until it is back",
        zh_status="打印机不在线",
        zh_guidance="打印网络中断，需要检查打印网络是否可用或已正确配置好网络",
        zh_hint=(
            "也可以在打印时选择“打印机离线时：放入待打印队列，上线后自动打印”，打印机恢复后即会打印"
        ),
    ),
    ResultCode(
        1004,
        "ADD_ORDER_FAILED",
        "the order is too large; split it and send it in batches",
        zh_status="添加订单失败",
        zh_guidance="订单内容超出数据库 text 字段存储的最大值，建议做订单拆分后分批提交打印",
    ),
    ResultCode(
        1005,
        "ORDER_NOT_FOUND",
        "the order id is unknown or has expired",
        zh_status="未找到订单信息",
        zh_guidance="订单号已过云存储有效期或订单号不是云打印接口返回的有效值",
    ),
    ResultCode(
        1006,
        "ORDER_DATE_INVALID",
        "the order's format or size is invalid",
        zh_status="订单日期格式或大小不正确",
        zh_hint="请检查订单的内容和大小",
    ),
    ResultCode(
        1008,
        "SN_INVALID",
        "this is not an Xpyun cloud printer serial number; check the SN on the printer's label",
        zh_status="打印机编号无效",
        zh_guidance="打印机编号不是云打印机编号，请跟购买代理商确认自己购买的打印机是芯烨云打印机",
        zh_hint="请核对打印机底部标签上的打印机编号",
    ),
    ResultCode(
        1009,
        "PRINTER_EXIST",
        "the printer is already added to this account",
        zh_status="打印机已存在，若当前开放平台无法查询到打印机信息，请联系售后技术支持人员核实",
        zh_guidance="打印机已经添加成功了，无需重复添加",
    ),
    ResultCode(
        1010,
        "PRINTER_EXCEPTION",
        "the serial number could not be verified; try again later",
        zh_status="验证打印机编号失败，请稍后再试或联系售后技术支持人员",
        zh_guidance="打印机编号不是有效的云打印机编号",
    ),
    ResultCode(
        1011,
        "PRINTER_NOT_REPORT_VERSION",
        "the printer has not reported its firmware version yet; try again once it is online",
        zh_status="打印机未上报版本号",
        zh_hint="请等打印机上线后再试",
    ),
    ResultCode(
        1012,
        "USER_NOT_REGISTER",
        "this account is not registered on the platform; contact Xpyun",
        zh_status="用户未注册未注册",
        zh_guidance="需要联系管理员注册账号才能使用",
    ),
    ResultCode(
        1013,
        "ORDER_IDEMPOTENT",
        "this order was already accepted (same idempotency value); it will not print twice",
        zh_status="打印机打印订单时触发幂等性",
        zh_guidance="不能重复提交统一幂等因子订单",
        zh_hint="这张订单之前已被接受，不会重复打印",
    ),
    ResultCode(
        1014,
        "ORDER_IDEMPOTENT_LIMITLEN",
        "the idempotency value is longer than 50 characters",
        zh_status="打印机打印订单时触发幂等性，幂等因子过大",
        zh_guidance="幂等因子值不能超过 50 个字符",
    ),
    ResultCode(
        1015,
        "PRINTER_UNKNOW_ERROR",
        "unknown printer error; restart the printer",
        zh_status="打印机出现未知错误",
        zh_guidance="需要重启打印机",
    ),
    ResultCode(
        1016,
        "LOGO_FORMAT_ERROR",
        "the logo must be a PNG, JPG or BMP image (base64 without a data: prefix)",
        zh_status="logo 文件格式化错误",
        zh_guidance="Logo 目前只支持 PNG, JPG, BMP 格式，若带 base64 前缀的，需要去掉前缀",
    ),
    ResultCode(
        1017,
        "LOGO_SIZE_LARGE",
        "the logo is larger than 500 KB; make it smaller",
        zh_status="logo 文件过大",
        zh_guidance="Logo 大小不能超过 500KB",
    ),
    ResultCode(
        1018,
        "LOGO_UPLOAD_TIMES",
        "the logo upload limit is reached (5 per printer per day); try again tomorrow",
        zh_status="logo 烧录次数达到上线",
        zh_guidance=(
            "Logo 每个用户每台打印机每天只能上传 5 次。所以尽量确保无误之后在上传。"
            "推荐上传白底黑字图片的，打印效果最佳"
        ),
    ),
)

RESULT_CODES: dict[int, ResultCode] = {c.code: c for c in _CODES}
"""Every result code the platform documents, by number."""


def result_code(code: int, msg: str = "") -> ResultCode:
    """The documented code, or one made from what the platform said for an undocumented one."""
    known = RESULT_CODES.get(code)
    if known is not None:
        return known
    return ResultCode(
        code, msg or f"code {code}", "the platform refused the request", zh_status="平台拒绝了请求"
    )

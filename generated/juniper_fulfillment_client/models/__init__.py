"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .administration import Administration
from .checkpoint import Checkpoint
from .create_order_request import CreateOrderRequest
from .customer import Customer
from .days_supply import DaysSupply
from .error import Error
from .fulfillment_info import FulfillmentInfo
from .line_item import LineItem
from .order import Order
from .order_line_item import OrderLineItem
from .order_list import OrderList
from .order_status import OrderStatus
from .order_status_webhook import OrderStatusWebhook
from .order_status_webhook_order import OrderStatusWebhookOrder
from .order_type import OrderType
from .page_direction import PageDirection
from .partner_settings import PartnerSettings
from .partner_settings_update import PartnerSettingsUpdate
from .product import Product
from .product_form import ProductForm
from .product_list import ProductList
from .product_status import ProductStatus
from .protocol import Protocol
from .protocol_list import ProtocolList
from .shipping_method import ShippingMethod
from .shipping_method_name import ShippingMethodName
from .supplement_facts_panel import SupplementFactsPanel
from .supplement_facts_panel_ingredient_information_item import (
    SupplementFactsPanelIngredientInformationItem,
)
from .supplement_type import SupplementType
from .validation_issue import ValidationIssue
from .validation_issue_type import ValidationIssueType
from .webhook_secret import WebhookSecret

__all__ = (
    "Address",
    "Administration",
    "Checkpoint",
    "CreateOrderRequest",
    "Customer",
    "DaysSupply",
    "Error",
    "FulfillmentInfo",
    "LineItem",
    "Order",
    "OrderLineItem",
    "OrderList",
    "OrderStatus",
    "OrderStatusWebhook",
    "OrderStatusWebhookOrder",
    "OrderType",
    "PageDirection",
    "PartnerSettings",
    "PartnerSettingsUpdate",
    "Product",
    "ProductForm",
    "ProductList",
    "ProductStatus",
    "Protocol",
    "ProtocolList",
    "ShippingMethod",
    "ShippingMethodName",
    "SupplementFactsPanel",
    "SupplementFactsPanelIngredientInformationItem",
    "SupplementType",
    "ValidationIssue",
    "ValidationIssueType",
    "WebhookSecret",
)
